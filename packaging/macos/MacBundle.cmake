# SPDX-License-Identifier: Apache-2.0
# macOS: Switchboard.app (Info.plist, icon, the command-line programs inside it, Qt deployed by
# macdeployqt and signed) on a DragNDrop disk image. Included by packaging/CMakeLists.txt on APPLE
# only; it cannot be built on Linux, so packaging/README.md says how the macOS CI builds it.

set(bundle "${SWITCHBOARD_BUNDLE_NAME}.app")
set(icon_name "")
if(SWITCHBOARD_ICON_CONTAINER)
    get_filename_component(icon_name "${SWITCHBOARD_ICON_CONTAINER}" NAME)
    install(FILES "${SWITCHBOARD_ICON_CONTAINER}" DESTINATION "${bundle}/Contents/Resources")
endif()

# The oldest macOS the bundle claims to run on is the one it is built for: CMAKE_OSX_DEPLOYMENT_TARGET
# (packaging/README.md passes 11.0), else 11.0, the oldest that runs on Apple silicon.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(SWITCHBOARD_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(SWITCHBOARD_MACOS_MINIMUM "11.0")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in" "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in"
    @ONLY)

set_target_properties(${console_program} PROPERTIES
    OUTPUT_NAME "${SWITCHBOARD_BUNDLE_NAME}"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${SWITCHBOARD_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "${SWITCHBOARD_BUNDLE_NAME}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${SWITCHBOARD_BUNDLE_NAME} ${PROJECT_VERSION}"
    MACOSX_BUNDLE_INFO_STRING "${SWITCHBOARD_BUNDLE_NAME} ${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "${icon_name}"
    MACOSX_BUNDLE_COPYRIGHT
        "Copyright 2026 ${SWITCHBOARD_PACKAGE_VENDOR}. Licensed under the Apache License 2.0.")

# The licence and the third-party notices inside the bundle, where the About dialog's text also
# points.
install(FILES "${SWITCHBOARD_LICENSE_TXT}" "${SWITCHBOARD_NOTICES_FILE}"
    DESTINATION "${SWITCHBOARD_BUNDLE_NAME}.app/Contents/Resources")

# macdeployqt copies Qt's frameworks and plugins (platform, styles, image formats, SQL drivers)
# and the Homebrew libraries they need into the bundle, for the console and every command-line
# program; then the bundle is signed again, because deploying rewrites the binaries.
# SWITCHBOARD_CODESIGN_IDENTITY "-" signs ad hoc (enough to run on Apple silicon); a
# "Developer ID Application: ..." identity signs for distribution with the hardened runtime.
set(SWITCHBOARD_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity for Switchboard.app: - (ad hoc) or a Developer ID Application identity")
set(qt_bin_hint "")
if(QT6_INSTALL_PREFIX)
    set(qt_bin_hint HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
find_program(SWITCHBOARD_MACDEPLOYQT macdeployqt ${qt_bin_hint})
if(NOT SWITCHBOARD_MACDEPLOYQT)
    message(WARNING "macdeployqt was not found: the installed Switchboard.app will need the Qt "
        "of this machine. Set SWITCHBOARD_MACDEPLOYQT to Qt's bin/macdeployqt.")
else()
    set(deploy_executables "")
    foreach(program IN LISTS SWITCHBOARD_PROGRAMS)
        if(NOT program STREQUAL console_program)
            list(APPEND deploy_executables "${program}")
        endif()
    endforeach()
    configure_file("${CMAKE_CURRENT_LIST_DIR}/DeployMacBundle.cmake.in"
        "${CMAKE_CURRENT_BINARY_DIR}/DeployMacBundle.cmake" @ONLY)
    install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/DeployMacBundle.cmake")
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "${SWITCHBOARD_BUNDLE_NAME}-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "${SWITCHBOARD_BUNDLE_NAME} ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No licence agreement on mounting: it needs tools that current macOS no longer has (Rez and
# hdiutil udifrez), and the Apache-2.0 asks for no click-through agreement. The licence and the
# notices are inside the bundle (Contents/Resources).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(SWITCHBOARD_ICON_CONTAINER)
    set(CPACK_PACKAGE_ICON "${SWITCHBOARD_ICON_CONTAINER}")
endif()
