# SPDX-License-Identifier: Apache-2.0
# The Qt Linguist translations of the console (see translations/README.md for the scope).
# Included from src/gui/CMakeLists.txt: the .qm files are embedded in switchboard_gui under :/i18n,
# and the generated resource has to live in the directory of the target it is added to.
#
#   cmake --build --preset ci --target update_translations   refreshes every .ts from the sources
#
# One list of sources feeds both the update_translations target and the completeness check in
# tests/i18n, so the check sees exactly what lupdate sees.

set(SWITCHBOARD_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/translations")

# The languages, as locale names; each has translations/switchboard_<name>.ts.
set(SWITCHBOARD_LANGUAGES de fr es pt_BR)

# What is translated: the console (src/gui, src/app, ui/*.ui) and the core, whose messages the
# console shows. Not src/cli: the command line stays English on purpose.
file(GLOB_RECURSE SWITCHBOARD_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/src/core/*.cpp" "${PROJECT_SOURCE_DIR}/src/core/*.h"
    "${PROJECT_SOURCE_DIR}/src/gui/*.cpp" "${PROJECT_SOURCE_DIR}/src/gui/*.h"
    "${PROJECT_SOURCE_DIR}/src/app/*.cpp" "${PROJECT_SOURCE_DIR}/src/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.ui")
list(SORT SWITCHBOARD_TRANSLATED_SOURCES)
set(SWITCHBOARD_TRANSLATED_INCLUDES
    "${PROJECT_SOURCE_DIR}/src")

# -no-obsolete drops entries whose source text is gone, so no stale entry survives an update;
# -locations none keeps line numbers out of the .ts files, so that an edit elsewhere in a source
# file does not rewrite every .ts file (and merges stay quiet).
set(SWITCHBOARD_LUPDATE_OPTIONS -no-obsolete -locations none -source-language en)

set(translated_ts_files "")
foreach(language IN LISTS SWITCHBOARD_LANGUAGES)
    list(APPEND translated_ts_files "${SWITCHBOARD_TRANSLATIONS_DIR}/switchboard_${language}.ts")
endforeach()
# English needs only its plural forms ("%n assistant(s)" -> "1 assistant", "2 assistants").
set(english_ts_file "${SWITCHBOARD_TRANSLATIONS_DIR}/switchboard_en.ts")

qt_add_lupdate(switchboard_gui
    TS_FILES ${translated_ts_files}
    SOURCES ${SWITCHBOARD_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${SWITCHBOARD_TRANSLATED_INCLUDES}
    OPTIONS ${SWITCHBOARD_LUPDATE_OPTIONS})
# A second lupdate run of its own for the plural-only file (qt_add_lupdate takes one set of
# options per call; the name only names the switchboard_plurals_lupdate target).
qt_add_lupdate(switchboard_plurals
    TS_FILES "${english_ts_file}"
    SOURCES ${SWITCHBOARD_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${SWITCHBOARD_TRANSLATED_INCLUDES}
    OPTIONS ${SWITCHBOARD_LUPDATE_OPTIONS} -pluralonly)

# lrelease on every build; the .qm files are embedded explicitly (qt_add_translations would do it
# too, but passing QM_FILES_OUTPUT_VARIABLE there silently turns the embedding off in Qt 6.4).
qt_add_lrelease(switchboard_gui
    TS_FILES ${translated_ts_files} "${english_ts_file}"
    QM_FILES_OUTPUT_VARIABLE switchboard_qm_files
    OPTIONS -silent)
qt_add_resources(switchboard_gui "switchboard_translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${switchboard_qm_files})

# For tests/i18n: the same sources and include paths, in lupdate's list-file format.
list(TRANSFORM SWITCHBOARD_TRANSLATED_INCLUDES PREPEND "-I" OUTPUT_VARIABLE include_lines)
list(JOIN include_lines "\n" include_lines)
list(JOIN SWITCHBOARD_TRANSLATED_SOURCES "\n" source_lines)
set(SWITCHBOARD_LUPDATE_LIST_FILE "${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst"
    CACHE INTERNAL "Sources and include paths that lupdate scans")
file(CONFIGURE OUTPUT "${SWITCHBOARD_LUPDATE_LIST_FILE}"
    CONTENT "${include_lines}\n${source_lines}\n" @ONLY)
set(SWITCHBOARD_LUPDATE_OPTIONS "${SWITCHBOARD_LUPDATE_OPTIONS}"
    CACHE INTERNAL "Options of every lupdate run")
set(SWITCHBOARD_TS_FILES ${translated_ts_files} "${english_ts_file}"
    CACHE INTERNAL "Every .ts file")
set(SWITCHBOARD_PLURAL_TS_FILE "${english_ts_file}"
    CACHE INTERNAL "The .ts file that holds only the English plural forms")
