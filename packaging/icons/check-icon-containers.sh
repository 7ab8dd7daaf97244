#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks pack-icons.py on Linux, where the Windows .ico and the macOS .icns cannot be built as
# part of a package: renders the icon, packs both containers, and has file(1) read them back.
#
#   check-icon-containers.sh ICON.svg
#
# Exits 77 (ctest: skipped) when rsvg-convert, python3 or file is missing.
set -uo pipefail
svg=$1
here=$(cd "$(dirname "$0")" && pwd)

for tool in rsvg-convert python3 file; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-icons-XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width $size --height $size --output "$work/$size.png" "$svg" || exit 1
done

failures=0
python3 "$here/pack-icons.py" ico "$work/switchboard.ico" \
    "$work"/{16,24,32,48,64,256}.png || failures=$((failures + 1))
ico=$(file -b "$work/switchboard.ico")
echo "switchboard.ico: $ico"
grep -q '^MS Windows icon resource - 6 icons, 16x16 with PNG image data' <<<"$ico" \
    || { echo "FAIL: not a 6-icon .ico starting at 16x16"; failures=$((failures + 1)); }

python3 "$here/pack-icons.py" icns "$work/switchboard.icns" \
    "$work"/{16,32,64,128,256,512,1024}.png || failures=$((failures + 1))
icns=$(file -b "$work/switchboard.icns")
echo "switchboard.icns: $icns"
size=$(stat -c %s "$work/switchboard.icns")
grep -q "^Mac OS X icon, $size bytes, \"icp4\" type" <<<"$icns" \
    || { echo "FAIL: not an .icns of $size bytes starting with icp4"; failures=$((failures + 1)); }

# A non-square or oversized image is refused, not packed.
rsvg-convert --width 32 --height 16 --output "$work/wide.png" "$svg"
if python3 "$here/pack-icons.py" ico "$work/wide.ico" "$work/wide.png" 2>/dev/null; then
    echo "FAIL: a 32x16 PNG was packed"; failures=$((failures + 1))
fi
if python3 "$here/pack-icons.py" ico "$work/big.ico" "$work/512.png" 2>/dev/null; then
    echo "FAIL: a 512x512 PNG went into an .ico"; failures=$((failures + 1))
fi

[ $failures -eq 0 ] && echo "icon containers: ok"
exit $((failures > 0))
