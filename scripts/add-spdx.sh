#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Puts "SPDX-License-Identifier: Apache-2.0" into the first lines of Switchboard's own source
# files, as a comment in each file's language: // for C++ and JavaScript, # for CMake, shell and
# Python (after a #! line, which must stay first). Files that have it are left alone, so running
# it again changes nothing.
#
#   scripts/add-spdx.sh                  add the identifier where it is missing
#   scripts/add-spdx.sh --check          change nothing; list the files without it, exit 1 if any
#   scripts/add-spdx.sh --exclude PATH   leave PATH (a file, or a folder ending in /) alone;
#                                        may be repeated
#
# Covered: *.cpp *.h *.js CMakeLists.txt *.cmake *.cmake.in *.sh *.py and .ci/run, as git
# tracks them (every file under the folder without git). Not covered: test data (tests/data/),
# generated files (build/, translations' .ts, Qt Designer's .ui), documentation, and third-party
# files (node_modules/, anything under a folder named third_party/ or 3rdparty/).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

identifier="SPDX-License-Identifier: Apache-2.0"
check=false
excludes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --check) check=true ;;
        --exclude) shift; excludes+=("${1:?--exclude needs a path}") ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "add-spdx.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

list_files() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files
    else
        find . -type f -not -path './build/*' -not -path './.git/*' | sed 's|^\./||'
    fi
}

# The comment leader for a file, or nothing when the file is not covered.
comment_for() {
    case "$1" in
        tests/data/*|build/*|*/node_modules/*|node_modules/*|*/third_party/*|*/3rdparty/*) ;;
        *.cpp|*.h|*.js) echo "//" ;;
        CMakeLists.txt|*/CMakeLists.txt|*.cmake|*.cmake.in|*.sh|*.py|.ci/run) echo "#" ;;
    esac
}

excluded() {
    local path="$1" prefix
    for prefix in ${excludes[@]+"${excludes[@]}"}; do
        case "$prefix" in
            */) [[ "$path" == "$prefix"* ]] && return 0 ;;
            *) [[ "$path" == "$prefix" ]] && return 0 ;;
        esac
    done
    return 1
}

missing=0
changed=0
while IFS= read -r file; do
    [ -f "$file" ] || continue
    leader="$(comment_for "$file")"
    [ -n "$leader" ] || continue
    excluded "$file" && continue
    # Within the first three lines: a #! line, then perhaps an encoding line.
    head -n 3 "$file" | grep -q "SPDX-License-Identifier:" && continue
    if $check; then
        echo "no SPDX-License-Identifier in its first lines: $file"
        missing=$((missing + 1))
        continue
    fi
    line="$leader $identifier"
    tmp="$(mktemp)"
    if head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$line"; cat "$file"; } >"$tmp"
    fi
    # Keep the file's mode (scripts stay executable).
    cat "$tmp" >"$file"
    rm -f "$tmp"
    changed=$((changed + 1))
done < <(list_files)

if $check; then
    if [ "$missing" -gt 0 ]; then
        echo "$missing file(s) lack the licence line; run scripts/add-spdx.sh to add it."
        exit 1
    fi
    echo "every source file names its licence (SPDX-License-Identifier)"
else
    echo "added the licence line to $changed file(s)"
fi
