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
