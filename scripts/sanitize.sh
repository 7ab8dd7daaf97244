#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# sanitize.sh [asan|tsan] [ctest selection arguments...]
#
# Builds the tests a selection needs with a sanitizer preset (build/asan or build/tsan) and runs
# them. Without selection arguments it builds everything and runs the whole suite. The asan
# build (clang) is also the fuzzing build: it builds the libFuzzer targets in the same
# `cmake --build`, so that scripts/fuzz.sh afterwards finds them built and CI compiles the
# instrumented core once (fuzz/README.md). Examples:
#   scripts/sanitize.sh                                   # asan+ubsan+lsan, whole suite
#   scripts/sanitize.sh asan -L '^(core|cli|sandbox)$'    # a few labels (.ci/run: its own selection)
#   scripts/sanitize.sh tsan -R 'History|Directory'       # the threaded parts under TSan
# How to read the reports: sanitizers/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=asan
if [ "$#" -gt 0 ] && [[ "$1" == asan || "$1" == tsan ]]; then
    preset=$1
    shift
fi
build="build/$preset"

cmake --preset "$preset" >/dev/null

if [ "$#" -eq 0 ]; then
    cmake --build --preset "$preset"
else
    # Only the executables the selected tests run: a sanitizer build of the whole tree (GUI,
    # benchmarks of the GUI tests) costs CI minutes that the selection does not need.
    mapfile -t names < <(ctest --test-dir "$build" -N "$@" | sed -n 's/^ *Test *#[0-9]*: //p')
    if [ "${#names[@]}" -eq 0 ]; then
        echo "sanitize.sh: the selection '$*' matches no test" >&2
        exit 2
    fi
    mapfile -t targets < <(python3 - "$build" "${names[@]}" <<'EOF'
import pathlib, re, subprocess, sys
build, wanted = pathlib.Path(sys.argv[1]), set(sys.argv[2:])
phony = set()
for line in subprocess.run(["ninja", "-C", str(build), "-t", "targets", "all"],
                           capture_output=True, text=True, check=True).stdout.splitlines():
    name, _, rule = line.rpartition(": ")
    if rule == "phony" and "/" not in name:
        phony.add(name)
targets = set()
for testfile in build.rglob("CTestTestfile.cmake"):
    for m in re.finditer(r'^add_test\(\[=\[(.*?)\]=\] (.*)\)$', testfile.read_text(), re.M):
        if m.group(1) not in wanted:
            continue
        # Every word of the command whose file name is an executable target of the build.
        for word in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)):
            base = word.rsplit("/", 1)[-1]
            if base in phony:
                targets.add(base)
print("\n".join(sorted(targets)))
EOF
    )
    echo "sanitize.sh: building ${#targets[@]} targets for ${#names[@]} tests ($preset)"
    if [ "$preset" = asan ]; then
        echo "sanitize.sh: and the libFuzzer targets (fuzzers), for scripts/fuzz.sh"
        targets+=(fuzzers)
    fi
    cmake --build --preset "$preset" --target "${targets[@]}"
fi

ctest --preset "$preset" "$@"
