#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command against a private, throwaway Secret Service, so that keychain tests never see
# (or write to) the keyring of the person or machine running them.
#
#   dbus-run-session -- sh with-keyring.sh <command...>
#       a gnome-keyring unlocked with a throwaway password: a working keychain
#   sh with-keyring.sh --locked <command...>
#       a private session bus where gnome-keyring can be activated but nothing unlocks it:
#       a keychain that cannot be used
#
# Both use a throwaway HOME and XDG_RUNTIME_DIR, removed afterwards, and unset DISPLAY: with a
# display, a locked keyring waits forever on a password prompt nobody sees.
set -eu

mode=unlocked
if [ "${1:-}" = "--locked" ]; then
    mode=locked
    shift
fi

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT INT TERM
mkdir -m 700 "$keyring_home/run"
export HOME="$keyring_home"
export XDG_RUNTIME_DIR="$keyring_home/run"
unset DISPLAY WAYLAND_DISPLAY XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME GNOME_KEYRING_CONTROL
export SWITCHBOARD_TEST_KEYRING="$mode"

if [ "$mode" = locked ]; then
    # The bus (and whatever it activates) starts here, so it inherits the throwaway HOME.
    dbus-run-session -- "$@"
    exit $?
fi

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: run it inside dbus-run-session (see the top of this file)" >&2
    exit 2
fi
printf '%s' 'switchboard-test-keyring' \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon may still be claiming its bus name; a client that came first would activate a
# second daemon.
gdbus wait --session --timeout 10 org.freedesktop.secrets
"$@"
