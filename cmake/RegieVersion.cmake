# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# regie_version: the program's version and the git commit it was built from, for
# `--version`, the About text and the Windows file properties (resources/windows/*.rc).
#
# The header is generated at every build (see RegieVersionHeader.cmake). It is a separate
# library outside regie_core on purpose: a new commit then relinks only the programs that
# print a version, not every test binary. Link it and call regie::version::text().
#
# REGIE_GIT_COMMIT (cache) names the commit when building outside a git checkout.
set(REGIE_GIT_COMMIT "" CACHE STRING "Git commit to report when the source is not a git checkout")
set(_regie_version_dir ${CMAKE_BINARY_DIR}/generated/version)
set(_regie_version_header ${_regie_version_dir}/regie/VersionInfo.h)

add_custom_target(regie_version_header
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${_regie_version_header}
          -DVERSION=${PROJECT_VERSION} -DCOMMIT=${REGIE_GIT_COMMIT}
          -P ${CMAKE_CURRENT_LIST_DIR}/RegieVersionHeader.cmake
  BYPRODUCTS ${_regie_version_header}
  VERBATIM)

add_library(regie_version STATIC ${PROJECT_SOURCE_DIR}/core/version/Version.cpp
                                 ${PROJECT_SOURCE_DIR}/core/version/Version.h)
add_library(regie::version ALIAS regie_version)
add_dependencies(regie_version regie_version_header)
# PUBLIC so that a Windows .rc compiled into a program can include regie/VersionInfo.h.
target_include_directories(regie_version PUBLIC ${PROJECT_SOURCE_DIR}/core ${_regie_version_dir})
target_link_libraries(regie_version PUBLIC Qt6::Core PRIVATE regie_warnings)
