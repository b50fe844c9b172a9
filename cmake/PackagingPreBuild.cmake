# SPDX-License-Identifier: GPL-3.0-or-later
# CPack runs this once per generator, after installing into its staging directory and before packing it
# (CPACK_PRE_BUILD_SCRIPTS, set in cmake/Packaging.cmake).
set(_root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")

# changelog.Debian.gz and the lintian overrides are Debian policy for .deb files; anywhere else they are clutter.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    file(GLOB_RECURSE _files "${_root}/*")
    list(FILTER _files INCLUDE REGEX "/share/(doc/revox-studio/changelog\\.Debian\\.gz|lintian/overrides/revox-studio)$")
    foreach(path IN LISTS _files)
        file(REMOVE "${path}")
        # share/lintian/overrides and share/lintian are left empty: remove them too.
        get_filename_component(_dir "${path}" DIRECTORY)
        while(_dir MATCHES "/lintian(/overrides)?$")
            file(GLOB _left "${_dir}/*")
            if(_left)
                break()
            endif()
            file(REMOVE_RECURSE "${_dir}")
            get_filename_component(_dir "${_dir}" DIRECTORY)
        endwhile()
    endforeach()
endif()

# CPACK_STRIP_FILES runs a bare `strip`, which keeps the compiler's .comment and .note sections: drop them as
# dh_strip does (build ids live in .note.gnu.build-id and stay).
if(CPACK_GENERATOR MATCHES "^(DEB|RPM|TGZ)$")
    find_program(_strip NAMES strip)
    file(GLOB _programs "${_root}/bin/revox-*" "${_root}/usr/bin/revox-*")
    if(_strip)
        foreach(program IN LISTS _programs)
            execute_process(COMMAND "${_strip}" --remove-section=.comment --remove-section=.note "${program}"
                            COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
    endif()
endif()
