# SPDX-License-Identifier: Apache-2.0
# The one compile policy every Switchboard target links (switchboard::policy).
add_library(switchboard_policy INTERFACE)
add_library(switchboard::policy ALIAS switchboard_policy)

target_compile_features(switchboard_policy INTERFACE cxx_std_17)
target_compile_definitions(switchboard_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT
    SWITCHBOARD_VERSION="${PROJECT_VERSION}"
    SWITCHBOARD_APP_ID="${SWITCHBOARD_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(switchboard_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Werror=switch -Werror=return-type)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Qt's qCWarning(category) and friends pass no variadic argument, which -Wpedantic
        # flags under clang only (the fuzz preset); gcc accepts it silently.
        target_compile_options(switchboard_policy INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(SWITCHBOARD_WERROR)
        target_compile_options(switchboard_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(switchboard_policy INTERFACE /W4 /permissive- /utf-8)
    if(SWITCHBOARD_WERROR)
        target_compile_options(switchboard_policy INTERFACE /WX)
    endif()
endif()
