#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package from a built tree and checks it the way a distribution would:
# lintian (no errors, no warnings), desktop-file-validate, appstreamcli, the files and control
# fields, the version everywhere, and the packaged programs run from the extracted package.
#
#   check-package.sh CPACK BUILD_DIR SOURCE_DIR VERSION APP_ID PROGRAM...
#
# Exits 77 (ctest: skipped) only where the Debian tools are missing, i.e. not on Debian/Ubuntu.
set -uo pipefail

if [ $# -lt 6 ]; then
    echo "usage: $0 CPACK BUILD_DIR SOURCE_DIR VERSION APP_ID PROGRAM..." >&2
    exit 2
fi
cpack=$1 build_dir=$2 source_dir=$3 version=$4 app_id=$5
shift 5
programs=("$@")

missing=()
for tool in dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: not a Debian system with the packaging tools (missing: ${missing[*]});" \
        "scripts/install-deps.sh installs them"
    exit 77
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-package-XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

# --- build the package ----------------------------------------------------------------------
if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not build the package (is the tree built?)"
    exit 1
fi
shopt -s nullglob
debs=("$work"/out/switchboard_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    cat "$work/cpack.log"
    echo "FAIL: expected one switchboard_*.deb, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control fields -------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = switchboard ] && pass "Package: switchboard" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "      Depends: $depends"
echo "      Recommends: $(field Recommends)"
echo "      Suggests: $(field Suggests)"
# Linked (dpkg-shlibdeps) and loaded at run time (by hand).
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
        libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0; do
    grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" \
        && pass "Depends on $dependency" || fail "Depends lacks $dependency"
done
grep -q 'gnome-keyring' <<<"$(field Recommends)" \
    && pass "Recommends a Secret Service provider" || fail "Recommends lacks a Secret Service provider"
grep -Eq '(^|, )qt6-translations-l10n( |,|$)' <<<"$(field Recommends)" \
    && pass "Recommends qt6-translations-l10n (Qt's own catalogs)" \
    || fail "Recommends lacks qt6-translations-l10n"

# --- lintian --------------------------------------------------------------------------------
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
lintian_status=$?
if grep -Eq '^[EW]: ' "$work/lintian.log" || [ $lintian_status -ne 0 ]; then
    cat "$work/lintian.log"
    fail "lintian reports errors or warnings (exit $lintian_status)"
else
    pass "lintian: no errors, no warnings$(grep -Eq '^[IPX]: ' "$work/lintian.log" && echo ' (notes below)')"
    grep -E '^[IPX]: ' "$work/lintian.log"
fi

# --- the files in the package ---------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
expect_file() { [ -f "$root/$1" ] && pass "has /$1" || fail "lacks /$1"; }
for program in "${programs[@]}"; do
    expect_file "usr/bin/$program"
    expect_file "usr/share/man/man1/$program.1.gz"
    file -b "$root/usr/bin/$program" | grep -q ', stripped' \
        && pass "$program is stripped" || fail "$program is not stripped"
done
for binary in "$root"/usr/bin/*; do
    name=$(basename "$binary")
    [[ " ${programs[*]} " == *" $name "* ]] || fail "/usr/bin/$name is packaged but not in SWITCHBOARD_PROGRAMS"
done
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if file -b "$root/$png" 2>/dev/null | grep -q "PNG image data, $size x $size,"; then
        pass "has /$png"
    else
        fail "lacks /$png (or it is not a ${size}x${size} PNG; is rsvg-convert installed?)"
    fi
done
expect_file usr/share/doc/switchboard/copyright
expect_file usr/share/doc/switchboard/changelog.gz
expect_file usr/share/doc/switchboard/THIRD_PARTY_NOTICES.md
# The licence is Apache-2.0 wherever the package names it.
grep -qx 'License: Apache-2.0' "$root/usr/share/doc/switchboard/copyright" \
    && pass "copyright: License: Apache-2.0" || fail "copyright does not say License: Apache-2.0"
grep -q '<project_license>Apache-2.0</project_license>' "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo: project_license Apache-2.0" || fail "metainfo: project_license is not Apache-2.0"

# --- desktop entry and AppStream, as installed ----------------------------------------------
if desktop-file-validate "$root/usr/share/applications/$app_id.desktop" >"$work/desktop.log" 2>&1 \
        && [ ! -s "$work/desktop.log" ]; then
    pass "desktop-file-validate: clean"
else
    cat "$work/desktop.log"
    fail "desktop-file-validate"
fi
if appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1; then
    pass "appstreamcli validate --no-net: $(grep -o 'Validation was successful.*' "$work/appstream.log")"
else
    cat "$work/appstream.log"
    fail "appstreamcli validate --no-net"
fi
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>&1 \
    | grep -E '^[IP]: ' | sed 's/^/      pedantic /'
# The metainfo, the desktop entry and the icons agree with each other.
if appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1; then
    pass "appstreamcli validate-tree --no-net: clean"
else
    cat "$work/tree.log"
    fail "appstreamcli validate-tree --no-net"
fi

# --- the version is the same everywhere -----------------------------------------------------
changelog_version=$(zcat "$root/usr/share/doc/switchboard/changelog.gz" | head -1 | sed -n 's/^switchboard (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] && pass "Debian changelog is at $version" \
    || fail "packaging/linux/changelog is at '$changelog_version', the project at $version"
metainfo_version=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    | head -1 | cut -d'"' -f2)
[ "$metainfo_version" = "$version" ] && pass "AppStream's newest release is $version" \
    || fail "the metainfo's newest release is '$metainfo_version', the project is at $version"
grep -q "^## \[$version\]" "$source_dir/CHANGELOG.md" && pass "CHANGELOG.md has $version" \
    || fail "CHANGELOG.md has no '## [$version]' section"
for program in "${programs[@]}"; do
    zcat "$root/usr/share/man/man1/$program.1.gz" | grep -q "^\.TH .*\"Switchboard $version\"" \
        && pass "$program(1) is for $version" || fail "$program(1) does not say Switchboard $version in .TH"
done

# --- every option a program's --help lists is in its manual page ---------------------------
for program in "${programs[@]}"; do
    manual=$(zcat "$root/usr/share/man/man1/$program.1.gz" | sed 's/\\-/-/g')
    options=$("$root/usr/bin/$program" --help 2>/dev/null \
        | grep -E '^ +-' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
    if [ -z "$options" ]; then
        fail "$program --help lists no options"
        continue
    fi
    undocumented=()
    for option in $options; do
        grep -qE -- "${option}([^a-z0-9-]|\$)" <<<"$manual" || undocumented+=("$option")
    done
    [ ${#undocumented[@]} -eq 0 ] && pass "$program(1) documents every option of --help ($(wc -w <<<"$options"))" \
        || fail "$program(1) lacks ${undocumented[*]}, which $program --help lists"
done

# The options of each switchboard-cli command are in switchboard-cli(1) too. A new command goes
# into this list. (`org secret set|list --help` answers with a usage error, so they are left out;
# they have no options of their own.)
cli_commands=("org add" "org list" "org show" "org edit" "org remove" "workspace info"
    "workspace set" "workspace secret set" "workspace secret list" "assistant list"
    "assistant create" "assistant link" "number list" "provision" "usage" "scaling"
    "manual list" "manual complete" "history")
if [[ " ${programs[*]} " == *" switchboard-cli "* ]]; then
    manual=$(zcat "$root/usr/share/man/man1/switchboard-cli.1.gz" | sed 's/\\-/-/g')
    undocumented=()
    for command in "${cli_commands[@]}"; do
        # shellcheck disable=SC2086 # the command is two words on purpose
        if ! help=$(SWITCHBOARD_DATA_DIR="$work/cli-data" "$root/usr/bin/switchboard-cli" $command --help 2>&1); then
            fail "switchboard-cli $command --help failed: $help"
            continue
        fi
        for option in $(grep -E '^ +-' <<<"$help" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u); do
            grep -qE -- "${option}([^a-z0-9-]|\$)" <<<"$manual" || undocumented+=("$command $option")
        done
    done
    [ ${#undocumented[@]} -eq 0 ] && pass "switchboard-cli(1) documents the options of ${#cli_commands[@]} commands" \
        || fail "switchboard-cli(1) lacks: $(printf '%s, ' "${undocumented[@]}")"
fi

# --- the packaged programs run (system libraries only: LD_LIBRARY_PATH is left alone) -------
for program in "${programs[@]}"; do
    output=$("$root/usr/bin/$program" --version 2>&1)
    if [ $? -eq 0 ] && grep -q "Switchboard $version" <<<"$output"; then
        pass "/usr/bin/$program --version: $output"
    else
        fail "/usr/bin/$program --version printed '$output'"
    fi
done

echo
if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is good"
