# SPDX-License-Identifier: Apache-2.0
# The application icon in every form the packages need, rendered at build time from the one
# source, resources/icons/switchboard.svg (see packaging/README.md, "Icons", for why nothing
# rendered is checked in):
#   Linux    hicolor PNGs, 16 to 512 px, beside the scalable SVG
#   Windows  switchboard.ico (16 to 256 px), packed by pack-icons.py
#   macOS    switchboard.icns (16 to 1024 px), packed by pack-icons.py
#
# Sets SWITCHBOARD_ICONS_RENDERED (ON when rsvg-convert was found), SWITCHBOARD_ICON_CONTAINER
# (the .ico or .icns, empty where there is none) and defines the target switchboard_icons, which
# builds with ALL. switchboard_icon_png(<var> <size>) names the PNG of one size.

set(SWITCHBOARD_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/switchboard.svg")
set(SWITCHBOARD_ICON_BINARY_DIR "${CMAKE_CURRENT_BINARY_DIR}/icons")
set(SWITCHBOARD_HICOLOR_SIZES 16 22 24 32 48 64 128 256 512)
set(SWITCHBOARD_ICO_SIZES 16 24 32 48 64 256)
set(SWITCHBOARD_ICNS_SIZES 16 32 64 128 256 512 1024)

function(switchboard_icon_png out_var size)
    set(${out_var} "${SWITCHBOARD_ICON_BINARY_DIR}/${size}x${size}/${SWITCHBOARD_APP_ID}.png"
        PARENT_SCOPE)
endfunction()

if(WIN32)
    set(icon_sizes ${SWITCHBOARD_ICO_SIZES})
elseif(APPLE)
    set(icon_sizes ${SWITCHBOARD_ICNS_SIZES})
else()
    set(icon_sizes ${SWITCHBOARD_HICOLOR_SIZES})
endif()

find_program(SWITCHBOARD_RSVG_CONVERT rsvg-convert
    DOC "rsvg-convert (librsvg), which renders the application icon to PNG")
if(NOT SWITCHBOARD_RSVG_CONVERT)
    message(WARNING
        "rsvg-convert was not found, so the packages will have no PNG, .ico or .icns icons. "
        "Install it (Debian: librsvg2-bin; macOS: brew install librsvg; Windows: MSYS2 "
        "mingw-w64-x86_64-librsvg or choco install rsvg-convert) and configure again.")
    set(SWITCHBOARD_ICONS_RENDERED OFF)
    set(SWITCHBOARD_ICON_CONTAINER "")
    add_custom_target(switchboard_icons)
    return()
endif()
set(SWITCHBOARD_ICONS_RENDERED ON)

set(icon_outputs "")
foreach(size IN LISTS icon_sizes)
    switchboard_icon_png(png ${size})
    get_filename_component(png_dir "${png}" DIRECTORY)
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${png_dir}"
        COMMAND "${SWITCHBOARD_RSVG_CONVERT}" --width ${size} --height ${size}
                --output "${png}" "${SWITCHBOARD_ICON_SVG}"
        DEPENDS "${SWITCHBOARD_ICON_SVG}"
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND icon_outputs "${png}")
endforeach()

set(SWITCHBOARD_ICON_CONTAINER "")
if(WIN32 OR APPLE)
    find_package(Python3 COMPONENTS Interpreter)
    if(WIN32)
        set(container_format ico)
    else()
        set(container_format icns)
    endif()
    if(Python3_Interpreter_FOUND)
        set(SWITCHBOARD_ICON_CONTAINER "${SWITCHBOARD_ICON_BINARY_DIR}/switchboard.${container_format}")
        add_custom_command(OUTPUT "${SWITCHBOARD_ICON_CONTAINER}"
            COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/pack-icons.py"
                    ${container_format} "${SWITCHBOARD_ICON_CONTAINER}" ${icon_outputs}
            DEPENDS ${icon_outputs} "${CMAKE_CURRENT_LIST_DIR}/pack-icons.py"
            COMMENT "Packing switchboard.${container_format}"
            VERBATIM)
        list(APPEND icon_outputs "${SWITCHBOARD_ICON_CONTAINER}")
    else()
        message(WARNING "Python 3 was not found, so there is no switchboard.${container_format}: "
            "the installer and the program will have the default icon.")
    endif()
endif()

add_custom_target(switchboard_icons ALL DEPENDS ${icon_outputs})
