#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# ctest entry of the conformance check: skips (77) only when node is absent; a missing
# node_modules or missing OpenAPI documents is a failure that says what to do.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1; then
    echo "node is not installed: the sandbox conformance check is skipped"
    exit 77
fi
for package in .bin/prism @vapi-ai/server-sdk twilio; do
    if [ ! -e "$here/node_modules/$package" ]; then
        echo "tests/conformance/node_modules/$package is missing: run scripts/install-deps.sh (it runs npm ci in tests/conformance)"
        exit 1
    fi
done
for spec in vapi/openapi.json twilio/twilio_api_v2010.json; do
    if [ ! -f "$2/$spec" ]; then
        echo "$2/$spec not found: configure with -DSWITCHBOARD_API_SPEC_DIR=<folder holding vapi/openapi.json and twilio/twilio_api_v2010.json>"
        exit 1
    fi
done
# twilio-node rewrites every request host when a region or edge is set, and follows HTTP(S)_PROXY;
# neither may touch requests to the loopback sandbox.
unset TWILIO_REGION TWILIO_EDGE HTTP_PROXY HTTPS_PROXY http_proxy https_proxy
exec node "$here/run-conformance.js" "$@"
