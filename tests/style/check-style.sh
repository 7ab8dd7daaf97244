#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Machine-checked style: pointer-to-member connects only, #pragma once in every header, and
# .clang-format agreement for every C++ file (when clang-format is installed).
set -u
root=${1:-.}
cd "$root" || exit 2
status=0

# tests/conformance/node_modules holds npm packages, not Switchboard code.
old=$(grep -rnE --exclude-dir=node_modules '\b(SIGNAL|SLOT)\s*\(' src tests bench 2>/dev/null | grep -v 'check-style.sh' || true)
if [ -n "$old" ]; then
    echo "String-based connects (use pointer-to-member connects):"; echo "$old"; status=1
fi

for header in $(find src tests bench -name node_modules -prune -o -name '*.h' -print 2>/dev/null); do
    grep -q '^#pragma once' "$header" || { echo "$header: missing #pragma once"; status=1; }
done

if command -v clang-format >/dev/null 2>&1; then
    for file in $(find src tests bench -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -print 2>/dev/null); do
        clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || { echo "$file: not formatted (run clang-format -i)"; status=1; }
    done
else
    echo "clang-format not installed: formatting not checked"
fi

[ $status -eq 0 ] && echo "style: ok"
exit $status
