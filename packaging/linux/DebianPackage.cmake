# SPDX-License-Identifier: Apache-2.0
# Linux: freedesktop.org files (desktop entry, AppStream metainfo, hicolor icons), manual pages
# and the Debian package. Included by packaging/CMakeLists.txt; the install rules also serve a
# plain `cmake --install` on other distributions.

set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(package_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${SWITCHBOARD_PACKAGE_NAME}")
set(generated_dir "${CMAKE_CURRENT_BINARY_DIR}/linux")
file(MAKE_DIRECTORY "${generated_dir}")

install(FILES "${linux_dir}/${SWITCHBOARD_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${linux_dir}/${SWITCHBOARD_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

install(FILES "${SWITCHBOARD_ICON_SVG}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${SWITCHBOARD_APP_ID}.svg")
if(SWITCHBOARD_ICONS_RENDERED)
    foreach(size IN LISTS SWITCHBOARD_HICOLOR_SIZES)
        switchboard_icon_png(png ${size})
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
endif()

# Manual pages and the Debian changelog are installed compressed, as Debian policy asks; gzip -n
# leaves the name and time out, so the package is reproducible.
find_program(SWITCHBOARD_GZIP gzip REQUIRED)
function(switchboard_gzip_file source output_var)
    get_filename_component(name "${source}" NAME)
    set(copy "${generated_dir}/${name}")
    add_custom_command(OUTPUT "${copy}.gz"
        COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${copy}"
        COMMAND "${SWITCHBOARD_GZIP}" -9 -n -f "${copy}"
        DEPENDS "${source}"
        COMMENT "Compressing ${name}"
        VERBATIM)
    set(${output_var} "${copy}.gz" PARENT_SCOPE)
endfunction()

set(compressed_files "")
foreach(program IN LISTS SWITCHBOARD_PROGRAMS)
    set(manual_page "${linux_dir}/${program}.1")
    if(NOT EXISTS "${manual_page}")
        message(FATAL_ERROR "${program} is packaged but has no manual page: write "
            "packaging/linux/${program}.1 (see packaging/README.md).")
    endif()
    switchboard_gzip_file("${manual_page}" compressed)
    install(FILES "${compressed}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    list(APPEND compressed_files "${compressed}")
endforeach()

switchboard_gzip_file("${linux_dir}/changelog" compressed)
install(FILES "${compressed}" DESTINATION "${package_doc_dir}")
list(APPEND compressed_files "${compressed}")
install(FILES "${linux_dir}/copyright" "${SWITCHBOARD_NOTICES_FILE}"
    DESTINATION "${package_doc_dir}")

add_custom_target(switchboard_linux_package_files ALL DEPENDS ${compressed_files})

# The Debian package. dpkg-shlibdeps finds the libraries the programs link; what Qt and
# QtKeychain load at run time is listed by hand:
#   libqt6sql6-sqlite, libqt6sql6-psql  the SQL drivers of the two workspace back-ends
#   libpq5                              PostgreSQL's client library (a lost connection is noticed)
#   libqt6svg6                          the SVG icon engine for the window icon
#   libsecret-1-0                       QtKeychain dlopen()s it to reach the Secret Service
#   gnome-keyring | kwalletmanager      something that keeps the secrets (as QtKeychain itself
#                                       recommends); KeePassXC's Secret Service also works
#   qt6-translations-l10n               Qt's own catalogs (qtbase_de.qm, ...), for the words Qt
#                                       itself shows (standard buttons, file dialogs) in the
#                                       console's language; Switchboard's own are built in
#   qt6-wayland                         native Wayland windows (XWayland works without it)
# The X11 platform plugin (xcb) ships in libqt6gui6, which dpkg-shlibdeps already adds.
# The DEB generator installs under /usr by default (CPACK_PACKAGING_INSTALL_PREFIX is left alone:
# set here, it would also move the source tarball's files under usr/).
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_NAME "${SWITCHBOARD_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
