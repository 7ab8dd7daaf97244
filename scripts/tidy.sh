#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# tidy.sh [--changed [BASE]] [--build-dir DIR]
#
# Runs clang-tidy (the project's .clang-tidy, warnings are errors) on the project's C++ files
# (src/, tests/, bench/), two at a time, with the compile commands of a built tree (build/ci by
# default: scripts/test.sh builds it; uic's and moc's output must exist for the GUI files).
#
#   --changed [BASE]  only the files that differ from BASE (default: the commit in .ci/tidy-base)
#                     and the sources that include a changed header. Deleted files are skipped.
#   --build-dir DIR   another build folder with compile_commands.json.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/ci
changed=0
base=""
while [ "$#" -gt 0 ]; do
    case "$1" in
    --changed)
        changed=1
        if [ "$#" -gt 1 ] && [[ "$2" != --* ]]; then base=$2; shift; fi
        ;;
    --build-dir) build=$2; shift ;;
    *) echo "usage: tidy.sh [--changed [BASE]] [--build-dir DIR]" >&2; exit 2 ;;
    esac
    shift
done

tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [ -z "$tidy" ]; then
    echo "tidy.sh: clang-tidy not found (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy.sh: no $build/compile_commands.json; configure and build first (cmake --preset ci)" >&2
    exit 2
fi

# Every project source file the build compiles, relative to the source root.
mapfile -t compiled < <(python3 - "$build/compile_commands.json" "$PWD" <<'EOF'
import json, os, sys
root = sys.argv[2]
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.split(os.sep)[0] in ("src", "tests", "bench"):
        print(rel)
EOF
)

if [ "$changed" -eq 1 ]; then
    if [ -z "$base" ]; then
        base=$(grep -v '^#' .ci/tidy-base | head -n1 | tr -d '[:space:]')
    fi
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
        echo "tidy.sh: base '$base' is not a commit here; checking every file" >&2
        files=("${compiled[@]}")
    else
        # Changed and still present (a deleted or renamed-away file has nothing to check), plus
        # the work tree's own uncommitted changes.
        mapfile -t touched < <( (git diff --name-only --diff-filter=d "$base" -- src tests bench;
                                 git ls-files --others --exclude-standard -- src tests bench) | sort -u)
        mapfile -t files < <(python3 - "${touched[@]}" <<'EOF' 3<<<"$(printf '%s\n' "${compiled[@]}")"
import os, re, sys
compiled = [line for line in os.fdopen(3).read().splitlines() if line]
touched = [t for t in sys.argv[1:] if os.path.exists(t)]
wanted = {t for t in touched if t in compiled}
# A changed header is checked through every compiled file that includes it by name, directly
# (the header filter then reports inside it). Includes are "Name.h" or "folder/Name.h".
headers = [t for t in touched if t.endswith(".h")]
if headers:
    include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
    for source in compiled:
        try:
            text = open(source, encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        for name in include.findall(text):
            if any(h == name or h.endswith("/" + name) for h in headers):
                wanted.add(source)
                break
print("\n".join(sorted(wanted)))
EOF
        )
    fi
else
    files=("${compiled[@]}")
fi

# Drop empty entries (an empty selection prints one empty line).
files=("${files[@]/#/}")
mapfile -t files < <(printf '%s\n' "${files[@]}" | sed '/^$/d')
if [ "${#files[@]}" -eq 0 ]; then
    echo "tidy.sh: no C++ file to check"
    exit 0
fi

echo "tidy.sh: checking ${#files[@]} files with $("$tidy" --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -n1)"
# GCC 12 compiles C++17 without a -std flag, so CMake writes none; clang 14 would parse C++14.
extra=(--extra-arg=-std=gnu++17 --extra-arg=-Wno-unknown-warning-option)
start=$SECONDS
status=0
printf '%s\0' "${files[@]}" |
    xargs -0 -n1 -P2 "$tidy" -p "$build" --quiet "${extra[@]}" 2> >(grep -v '^[0-9]* warnings\? generated' >&2) ||
    status=$?
echo "tidy.sh: $((SECONDS - start)) s"
if [ "$status" -ne 0 ]; then
    echo "tidy.sh: clang-tidy found problems (above)" >&2
    exit 1
fi
echo "tidy.sh: clean"
