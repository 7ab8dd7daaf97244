#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a test in a network namespace of its own, where only loopback exists: a connection to
# any other address fails at the operating system, so nothing the test does can reach the real
# Vapi or Twilio, whatever the code under test tries. Where unprivileged namespaces are not
# available (unshare -rn fails, or there is no `ip` to bring loopback up) the test runs as it
# is and says so; it then relies on its own recording proxy alone.
if command -v ip >/dev/null 2>&1 && unshare -rn true 2>/dev/null; then
    exec unshare -rn sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "without-network.sh: no private network namespace here; running with the machine's network" >&2
exec "$@"
