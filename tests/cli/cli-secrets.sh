#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# switchboard-cli against a real keychain (run inside with-keyring.sh): a secret is read from
# standard input only, lands in the keychain, is listed without being read, never reaches the
# workspace file, and goes when its organization goes.
set -eu
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
secret="tok-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
run() { "$cli" --data-dir "$dir" "$@"; }

run org add acme --name "Acme" --twilio-account-sid AC0123456789abcdef0123456789abcdef >/dev/null

# A value on the command line is refused, and nothing is stored.
if run org secret set acme twilio-auth-token "$secret" 2>"$dir/err"; then
    echo "FAIL: a secret given as an argument was accepted"; exit 1
fi
grep -q "standard input" "$dir/err" || { echo "FAIL: refusal does not say to use standard input"; cat "$dir/err"; exit 1; }
grep -q "$secret" "$dir/err" && { echo "FAIL: the refusal repeats the secret"; exit 1; }

printf '%s\n' "$secret" | run org secret set acme twilio-auth-token >/dev/null
run --json org secret list acme | grep -q '"source": "keychain"' || { echo "FAIL: not listed as in the keychain"; exit 1; }
if grep -r -a -q "$secret" "$dir"; then echo "FAIL: the secret reached the workspace folder"; exit 1; fi

# QtKeychain files an entry under the attribute "user" (the key); find it there first, so that
# the check after the removal cannot pass by looking in the wrong place.
secret-tool search --all user "org/1/twilio/auth-token" 2>/dev/null | grep -q "$secret" \
    || { echo "FAIL: the entry is not where the check looks for it"; exit 1; }

# An organization and its secret in one go (org add --twilio-secret-stdin): the secret is in
# the keychain under the new organization's id, and nowhere in the workspace.
printf '%s\n' "$secret-beta" | run org add beta --name "Beta" \
    --twilio-account-sid AC0123456789abcdef0123456789abcdee --twilio-secret-stdin >/dev/null \
    || { echo "FAIL: org add with its secret failed"; exit 1; }
run --json org secret list beta | grep -q '"source": "keychain"' || { echo "FAIL: beta's secret not listed"; exit 1; }
secret-tool search --all user "org/2/twilio/auth-token" 2>/dev/null | grep -q "$secret-beta" \
    || { echo "FAIL: beta's secret is not in the keychain"; exit 1; }
if grep -r -a -q "$secret-beta" "$dir"; then echo "FAIL: beta's secret reached the workspace folder"; exit 1; fi

run org remove acme >/dev/null
if secret-tool search --all user "org/1/twilio/auth-token" 2>/dev/null | grep -q "org/1/twilio/auth-token"; then
    echo "FAIL: the secret survived its organization"; exit 1
fi
echo "cli secrets: ok"
