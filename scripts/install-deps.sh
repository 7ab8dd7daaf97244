#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what Switchboard needs to build, test and package on Debian 12 / Ubuntu 22.04+.
# Idempotent: packages already present are skipped. Works as root or as a user with sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config dpkg-dev fakeroot file clang-format ccache
  # static analysis (scripts/tidy.sh, .clang-tidy)
  clang-tidy
  # Qt 6 (Widgets, Network, Sql, Test, Charts, HttpServer, Linguist)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev
  qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
  # Qt's SVG icon engine: the window icon is an SVG (the package depends on it too)
  libqt6svg6
  # secrets and phone numbers
  qtkeychain-qt6-dev libphonenumber-dev
  # cancelling a long history query interrupts it through the system SQLite
  libsqlite3-dev
  # headless GUI, keychain integration tests
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libglib2.0-bin fonts-dejavu-core
  # team workspaces: the server for the tests, libpq to notice a lost connection
  postgresql libpq-dev
  # the API clients' TLS test makes a throw-away certificate
  openssl
  # packaging: icon rendering and the checks of the Debian package
  librsvg2-bin lintian desktop-file-utils appstream
  # the translation completeness check (tests/i18n)
  python3
  # fuzzing (scripts/fuzz.sh, fuzz/README.md): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# The sandbox conformance check (tests/conformance) runs Prism and the official Vapi and Twilio
# SDKs, pinned in its package-lock.json. Node 20 and npm come with the machine, not from this
# list; without them the check is skipped.
install_conformance_packages() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/conformance"
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm not found; the sandbox conformance check will be skipped"
    return 0
  fi
  local lock_sum stamp="$dir/node_modules/.switchboard-lock.sha256"
  lock_sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
    return 0
  fi
  echo "install-deps: installing the conformance check's npm packages (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) && echo "$lock_sum" > "$stamp"
}

if [ ${#missing[@]} -eq 0 ]; then
  install_conformance_packages
  echo "install-deps: everything is installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: missing packages (${missing[*]}) and no sudo to install them; run as root" >&2
    exit 2
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_conformance_packages
echo "install-deps: done"
