# SPDX-License-Identifier: Apache-2.0
# switchboard_add_test(NAME <name> SOURCES <files...> LIBS <targets...>
#                      [LAUNCHER <command...>] [LABELS <labels...>] [TIMEOUT <seconds>])
#
# One executable per test class. Every test runs offscreen, in the C locale, with its own
# writable output folder (SWITCHBOARD_TEST_OUTPUT) where GUI tests leave their screenshots.
function(switchboard_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LAUNCHER;LABELS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "switchboard_add_test needs NAME and SOURCES")
    endif()

    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test switchboard::policy ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    target_compile_definitions(${ARG_NAME} PRIVATE
        SWITCHBOARD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")

    set(output_dir "${PROJECT_BINARY_DIR}/test-output/${ARG_NAME}")
    add_test(NAME ${ARG_NAME}
        COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false;SWITCHBOARD_TEST_OUTPUT=${output_dir}")
endfunction()

# switchboard_add_postgres_test(<existing test>)
#
# Registers an already added test a second time as <name>_postgres (label "postgres"): the same
# executable under tests/support/with-postgres.sh, which gives it a throwaway PostgreSQL cluster
# and exports SWITCHBOARD_TEST_POSTGRES, so that Test::TempWorkspace opens PostgreSQL instead of
# SQLite.
set(SWITCHBOARD_WITH_POSTGRES "${PROJECT_SOURCE_DIR}/tests/support/with-postgres.sh")
function(switchboard_add_postgres_test name)
    get_test_property(${name} LABELS labels)
    get_test_property(${name} TIMEOUT timeout)
    add_test(NAME ${name}_postgres
        COMMAND sh ${SWITCHBOARD_WITH_POSTGRES} $<TARGET_FILE:${name}>
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    set_tests_properties(${name}_postgres PROPERTIES
        TIMEOUT ${timeout}
        LABELS "${labels};postgres"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false;SWITCHBOARD_TEST_OUTPUT=${PROJECT_BINARY_DIR}/test-output/${name}_postgres")
endfunction()
