# SPDX-License-Identifier: Apache-2.0
# Windows: an MSI (WiX) and a portable ZIP, with Qt deployed by windeployqt, the other DLLs the
# programs load found by file(GET_RUNTIME_DEPENDENCIES), the MSVC runtime, and the icon and
# version resource built into switchboard.exe. Included by packaging/CMakeLists.txt on WIN32
# only; it cannot be built on Linux, so packaging/README.md says how the Windows CI builds it.

# The icon and the version information of switchboard.exe.
if(SWITCHBOARD_ICON_CONTAINER)
    set(SWITCHBOARD_RC_ICON "IDI_ICON1 ICON \"${SWITCHBOARD_ICON_CONTAINER}\"")
else()
    set(SWITCHBOARD_RC_ICON "")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/switchboard.rc.in"
    "${CMAKE_CURRENT_BINARY_DIR}/switchboard.rc" @ONLY)
target_sources(${console_program} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/switchboard.rc")
add_dependencies(${console_program} switchboard_icons)

# The licence and the third-party notices, at the top of the installation folder (the MSI also
# shows the licence before installing: CPACK_RESOURCE_FILE_LICENSE).
install(FILES "${SWITCHBOARD_LICENSE_TXT}" "${SWITCHBOARD_NOTICES_FILE}" DESTINATION .)

# The MSVC runtime DLLs go beside the programs (so windeployqt is told to leave them out).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt, then every other DLL: QtKeychain, libphonenumber and its protobuf/ICU/abseil,
# and libpq with its OpenSSL for the PostgreSQL driver. They are looked up in the folders of the
# libraries found at configure time and in SWITCHBOARD_RUNTIME_DIRS (add the PostgreSQL bin
# folder there if libpq.dll is not found).
set(SWITCHBOARD_RUNTIME_DIRS "" CACHE STRING
    "Folders (;-separated) where the Windows package looks for the DLLs the programs need")
set(qt_bin_hint "")
if(QT6_INSTALL_PREFIX)
    set(qt_bin_hint HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
find_program(SWITCHBOARD_WINDEPLOYQT windeployqt ${qt_bin_hint})
find_package(PostgreSQL QUIET)

set(runtime_dirs ${SWITCHBOARD_RUNTIME_DIRS})
if(QT6_INSTALL_PREFIX)
    list(APPEND runtime_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND runtime_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(library IN ITEMS "${PhoneNumber_LIBRARY}" "${PostgreSQL_LIBRARY}")
    if(library)
        get_filename_component(library_dir "${library}" DIRECTORY)
        list(APPEND runtime_dirs "${library_dir}" "${library_dir}/../bin")
    endif()
endforeach()

if(NOT SWITCHBOARD_WINDEPLOYQT)
    message(WARNING "windeployqt was not found: the Windows package would lack Qt. "
        "Set SWITCHBOARD_WINDEPLOYQT to Qt's bin/windeployqt.exe.")
else()
    set(deploy_executables "")
    foreach(program IN LISTS SWITCHBOARD_PROGRAMS)
        list(APPEND deploy_executables "${program}${CMAKE_EXECUTABLE_SUFFIX}")
    endforeach()
    # Quoted one by one: these folders may have spaces ("C:/Program Files/PostgreSQL/15/bin").
    set(runtime_dirs_quoted "")
    foreach(dir IN LISTS runtime_dirs)
        string(APPEND runtime_dirs_quoted " \"${dir}\"")
    endforeach()
    # The QtKeychain DLL's folder is only known per configuration, hence the generator expression.
    install(CODE "set(SWITCHBOARD_KEYCHAIN_DIR \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\")")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/DeployWindows.cmake.in"
        "${CMAKE_CURRENT_BINARY_DIR}/DeployWindows.cmake" @ONLY)
    install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/DeployWindows.cmake")
endif()

set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_PACKAGE_FILE_NAME "${SWITCHBOARD_BUNDLE_NAME}-${PROJECT_VERSION}-win64")
# The upgrade code identifies the product across versions: never change it.
set(CPACK_WIX_UPGRADE_GUID "B07ADF67-467C-4841-8220-9AE62C7A5E34")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${SWITCHBOARD_BUNDLE_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
if(SWITCHBOARD_ICON_CONTAINER)
    set(CPACK_WIX_PRODUCT_ICON "${SWITCHBOARD_ICON_CONTAINER}")
endif()
