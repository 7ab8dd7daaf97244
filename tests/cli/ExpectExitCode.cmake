# SPDX-License-Identifier: Apache-2.0
# Runs PROGRAM with ARGS (a ;-list) and fails unless it exits with EXPECTED, so that a test can
# tell "bad usage" (2) from any other failure. Usage:
#   cmake -DPROGRAM=… -DARGS=a;b -DEXPECTED=2 -P ExpectExitCode.cmake
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code STREQUAL "${EXPECTED}")
    message(FATAL_ERROR "${PROGRAM} ${ARGS} exited with ${code}, not ${EXPECTED}\n${out}${err}")
endif()
message(STATUS "exit code ${code} as expected: ${err}")
