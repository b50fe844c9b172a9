# SPDX-License-Identifier: GPL-3.0-or-later
# Installers and desktop integration: install rules for the data files (desktop entry, AppStream metadata,
# icons, manual pages, Debian docs) and the CPack configuration of every package format.
#
#   scripts/package.sh            Release build + cpack: .deb and .tar.gz, .rpm when rpmbuild exists
#   cpack -G DEB|TGZ|RPM          the same by hand, from a configured and built tree
#
# Linux packages are made on Debian 12. Windows (NSIS, WiX) and macOS (DragNDrop) are configured below but
# have never been built; see docs/PACKAGING.md.
include(GNUInstallDirs)

set(REVOX_APP_ID "com.getrevox.RevoxStudio")
set(REVOX_PACKAGE_NAME "revox-studio")
# A placeholder until the team names a real address: it ends up in the .deb's Maintainer field and the
# Debian changelog (packaging/debian/changelog, keep both the same).
set(REVOX_PACKAGE_MAINTAINER "Revox Studio maintainers <support@getrevox.com>"
    CACHE STRING "Maintainer of the Linux packages, as \"Name <address>\"")
set(REVOX_PACKAGE_RELEASE "1" CACHE STRING "Package release (the Debian revision / RPM release)")

set(_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(_icons "${PROJECT_SOURCE_DIR}/resources/icons")
set(_pkg_bin "${PROJECT_BINARY_DIR}/packaging")

# The license text the Windows and macOS installers show; a top-level COPYING wins when the project adds one.
set(REVOX_LICENSE_FILE "${_pkg}/COPYING")
foreach(candidate COPYING LICENSE LICENSE.txt)
    if(EXISTS "${PROJECT_SOURCE_DIR}/${candidate}")
        set(REVOX_LICENSE_FILE "${PROJECT_SOURCE_DIR}/${candidate}")
        break()
    endif()
endforeach()

# The release notes must know the version being packaged; a forgotten entry is caught at configure time.
file(READ "${_pkg}/linux/${REVOX_APP_ID}.metainfo.xml" _metainfo)
if(NOT _metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging: ${REVOX_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()
file(STRINGS "${_pkg}/debian/changelog" _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^${REVOX_PACKAGE_NAME} \\(${PROJECT_VERSION}-${REVOX_PACKAGE_RELEASE}\\) ")
    message(WARNING "packaging: packaging/debian/changelog does not start with "
                    "${PROJECT_VERSION}-${REVOX_PACKAGE_RELEASE}")
endif()

# ---------------------------------------------------------------------------------------------------------
# Linux and other freedesktop systems: desktop integration files.
if(UNIX AND NOT APPLE)
    find_program(REVOX_GZIP gzip REQUIRED)

    install(FILES "${_pkg}/linux/${REVOX_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
    install(FILES "${_pkg}/linux/${REVOX_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")

    # The PNGs are rendered from the SVGs by resources/icons/render-icons.sh and committed.
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES "${_icons}/hicolor/${size}x${size}/apps/${REVOX_APP_ID}.png"
                DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${_icons}/revox-studio.svg" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
            RENAME "${REVOX_APP_ID}.svg")

    # Manual pages and the Debian changelog are installed compressed with gzip -9n: -n leaves out the name and
    # time stamp so the same sources give the same bytes (lintian checks both).
    set(_gzipped "")
    set(_gzip_sources "")
    set(_gzip_outputs "")
    foreach(page revox-studio.1 revox-sandbox.1 revox-studio-cli.1)
        list(APPEND _gzip_sources "${_pkg}/man/${page}")
        list(APPEND _gzip_outputs "${_pkg_bin}/man/${page}.gz")
    endforeach()
    list(APPEND _gzip_sources "${_pkg}/debian/changelog")
    list(APPEND _gzip_outputs "${_pkg_bin}/debian/changelog.Debian.gz")
    foreach(source output IN ZIP_LISTS _gzip_sources _gzip_outputs)
        get_filename_component(_dir "${output}" DIRECTORY)
        string(REGEX REPLACE "\\.gz$" "" _plain "${output}")
        add_custom_command(OUTPUT "${output}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_dir}"
            COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${_plain}"
            COMMAND "${REVOX_GZIP}" -9nf "${_plain}"
            DEPENDS "${source}"
            COMMENT "Compressing ${output}"
            VERBATIM)
        list(APPEND _gzipped "${output}")
    endforeach()
    add_custom_target(revox_packaging_data ALL DEPENDS ${_gzipped})

    install(FILES "${_pkg_bin}/man/revox-studio.1.gz" "${_pkg_bin}/man/revox-sandbox.1.gz"
                  "${_pkg_bin}/man/revox-studio-cli.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${_pkg}/debian/copyright" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/${REVOX_PACKAGE_NAME}")
    # Debian only: cmake/PackagingPreBuild.cmake drops these two from every other package format.
    install(FILES "${_pkg_bin}/debian/changelog.Debian.gz"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/${REVOX_PACKAGE_NAME}")
    install(FILES "${_pkg}/debian/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides"
            RENAME "${REVOX_PACKAGE_NAME}")
endif()

# ---------------------------------------------------------------------------------------------------------
# Windows: the executable's icon and version resource, Qt's DLLs and plugins next to it.
if(WIN32)
    set(REVOX_ICON_ICO "${_icons}/revox-studio.ico")
    configure_file("${_pkg}/windows/revox-studio.rc.in" "${_pkg_bin}/windows/revox-studio.rc" @ONLY)
    target_sources(revox-studio PRIVATE "${_pkg_bin}/windows/revox-studio.rc")
endif()

# macOS: a real bundle with its icon and identifiers.
if(APPLE)
    set_source_files_properties("${_icons}/revox-studio.icns" TARGET_DIRECTORY revox-studio
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(revox-studio PRIVATE "${_icons}/revox-studio.icns")
    set_target_properties(revox-studio PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "Revox Studio"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${REVOX_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE revox-studio.icns
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Revox, GPL-3.0-or-later")
endif()

if(WIN32 OR APPLE)
    # windeployqt / macdeployqt at install time, so the installers carry Qt. Third-party DLLs (qtkeychain,
    # libphonenumber and its ICU/protobuf) are not found by these tools: see docs/PACKAGING.md.
    qt_generate_deploy_app_script(TARGET revox-studio FILENAME_VARIABLE _revox_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${_revox_deploy_script}")
endif()

# ---------------------------------------------------------------------------------------------------------
# CPack: shared settings.
set(CPACK_PACKAGE_NAME "${REVOX_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Revox")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop editor for Revox voice-AI assistants")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${_pkg}/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${REVOX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Revox Studio")
set(CPACK_RESOURCE_FILE_LICENSE "${REVOX_LICENSE_FILE}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
# Start-menu entry (NSIS, WiX) and desktop shortcut (WiX; NSIS below); all removed again on uninstall.
set(CPACK_PACKAGE_EXECUTABLES "revox-studio" "Revox Studio")
set(CPACK_CREATE_DESKTOP_LINKS "revox-studio")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_VERBATIM_VARIABLES TRUE)
set(CPACK_THREADS 0)
set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/cmake/PackagingPreBuild.cmake")
set(CPACK_PACKAGE_FILE_NAME "${REVOX_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${REVOX_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.swp$" "~$")

if(WIN32)
    set(CPACK_GENERATOR "ZIP")
    find_program(REVOX_MAKENSIS makensis)
    if(REVOX_MAKENSIS)
        list(APPEND CPACK_GENERATOR "NSIS")
    endif()
    find_program(REVOX_WIX_CANDLE candle)
    if(REVOX_WIX_CANDLE)
        list(APPEND CPACK_GENERATOR "WIX")
    endif()
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB" "TGZ")
    find_program(REVOX_RPMBUILD rpmbuild)
    if(REVOX_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
endif()

# DEB ------------------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # revox-studio_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${REVOX_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REVOX_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the linked libraries, with versions: Qt, libqt6keychain1, libphonenumber, libc… What it
# cannot see are the plugins Qt loads at run time: the SQLite driver of the sandbox, and the SVG icon engine
# and image format. The xcb platform plugin ships inside libqt6gui6, which shlibdeps already lists
# (qt6-qpa-plugins only holds the VNC and TUIO plugins).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libsodium23 is linked (shlibdeps finds it too); named here as well because drafts cannot be written safely
# without it.
# qt6-translations-l10n: Qt's own strings (dialog buttons, context menus, --help) in the user's language; the
# app's own translations are built in (LanguageSetup).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsodium23, qt6-translations-l10n")
# qtkeychain stores API keys through GNOME Keyring or KWallet; without one a key lasts for the session only.
# qt6-wayland lets the app run natively on a Wayland session instead of through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# RPM (built on Debian it links against Debian's libraries: a convenience for rpm-based tooling, not a Fedora
# package; automatic Requires come from the linked sonames) ------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE "${REVOX_PACKAGE_RELEASE}")
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUMMARY "Desktop editor for Revox voice-AI assistants")
# Directories the filesystem and hicolor-icon-theme packages own; listing them would make the RPM conflict.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# NSIS (Windows) --------------------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Revox Studio")
set(CPACK_NSIS_DISPLAY_NAME "Revox Studio")
set(CPACK_NSIS_MUI_ICON "${_icons}/revox-studio.ico")
set(CPACK_NSIS_MUI_UNIICON "${_icons}/revox-studio.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\revox-studio.exe") # one backslash: CPACK_VERBATIM_VARIABLES
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "revox-studio.exe")
# NSIS honours CPACK_CREATE_DESKTOP_LINKS only behind its "modify PATH" options page, which this app does not
# need: create and delete the desktop shortcut directly.
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut \"$DESKTOP\\Revox Studio.lnk\" \"$INSTDIR\\bin\\revox-studio.exe\"")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete \"$DESKTOP\\Revox Studio.lnk\"")

# WiX (Windows MSI) ------------------------------------------------------------------------------------------
# Never change the upgrade GUID: it is how a newer MSI finds and replaces an installed older one.
set(CPACK_WIX_UPGRADE_GUID "79059743-6EC0-459E-B553-F3B9DBD9F733")
set(CPACK_WIX_PRODUCT_ICON "${_icons}/revox-studio.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Revox Studio")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# DragNDrop (macOS .dmg) -------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Revox Studio")
set(CPACK_DMG_FORMAT "UDBZ")
if(APPLE)
    set(CPACK_PACKAGE_ICON "${_icons}/revox-studio.icns") # the volume icon of the .dmg
endif()

include(CPack)
