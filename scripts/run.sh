#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and opens the console on the built-in sandbox demo.
# Without a display it runs on a virtual one (or offscreen) and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

app=build/dev/src/app/switchboard
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --sandbox "$@"
fi

shot=${SWITCHBOARD_SCREENSHOT:-$PWD/build/screenshots/main-window.png}
echo "run: no display is available, so the console runs on a virtual display and saves a screenshot."
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --sandbox --screenshot "$shot" "$@"
else
    QT_QPA_PLATFORM=offscreen "$app" --sandbox --screenshot "$shot" "$@"
fi
