# Toolchain: build ipcsuite against musl instead of the host's glibc, linked
# statically, with the Check that ci/build-check-musl installs.
#
#   ci/build-check-musl
#   cmake -S . -B build-musl -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-musl.cmake \
#         -DIPCSUITE_STATIC=ON -DIPCSUITE_WERROR=ON
#   (ci/build-static musl does all of this)
#
# Where the musl Check is: -DIPCSUITE_MUSL_CHECK_PREFIX=DIR, else
# $IPCSUITE_CACHE/musl/check, else <source>/.cache/musl/check.
#
# No host leaks:
# - headers: musl-gcc's specs file passes -nostdinc and only musl's include
#   directory (plus the compiler's own stddef.h & co); <linux/*.h> is not
#   visible, so the feature probes see exactly what musl's headers offer.
# - libraries: the specs file replaces the search path with musl's lib
#   directory, and pkg-config reads only the musl Check's .pc files
#   (PKG_CONFIG_LIBDIR; PKG_CONFIG_PATH emptied), so the host's glibc Check
#   (/usr/lib/x86_64-linux-gnu/pkgconfig/check.pc) is never picked up.
# Not a cross build: musl binaries run here, so the build runs each case with
# --meta to write the manifest, as for glibc.

find_program(IPCSUITE_MUSL_GCC musl-gcc)
if(NOT IPCSUITE_MUSL_GCC)
  message(FATAL_ERROR "musl-gcc not found: install musl-tools (ci/install-lab-deps)")
endif()
set(CMAKE_C_COMPILER ${IPCSUITE_MUSL_GCC})

# musl has no usable dynamic linking for our purpose: everything static.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_POSITION_INDEPENDENT_CODE OFF)

if(NOT IPCSUITE_MUSL_CHECK_PREFIX)
  if(DEFINED ENV{IPCSUITE_MUSL_CHECK_PREFIX} AND NOT "$ENV{IPCSUITE_MUSL_CHECK_PREFIX}" STREQUAL "")
    set(IPCSUITE_MUSL_CHECK_PREFIX "$ENV{IPCSUITE_MUSL_CHECK_PREFIX}")
  elseif(DEFINED ENV{IPCSUITE_CACHE} AND NOT "$ENV{IPCSUITE_CACHE}" STREQUAL "")
    set(IPCSUITE_MUSL_CHECK_PREFIX "$ENV{IPCSUITE_CACHE}/musl/check")
  else()
    get_filename_component(IPCSUITE_MUSL_CHECK_PREFIX
                           "${CMAKE_CURRENT_LIST_DIR}/../.cache/musl/check" ABSOLUTE)
  endif()
endif()
# try_compile projects re-read this file without the main project's cache:
# the environment carries the choice to them.
set(ENV{IPCSUITE_MUSL_CHECK_PREFIX} "${IPCSUITE_MUSL_CHECK_PREFIX}")

set(ENV{PKG_CONFIG_LIBDIR} "${IPCSUITE_MUSL_CHECK_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
unset(ENV{PKG_CONFIG_SYSROOT_DIR})

# find_library/find_path (if anything uses them) look only in musl's trees.
set(CMAKE_FIND_ROOT_PATH "${IPCSUITE_MUSL_CHECK_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

if(NOT EXISTS "${IPCSUITE_MUSL_CHECK_PREFIX}/lib/pkgconfig/check.pc")
  message(FATAL_ERROR "no Check for musl in ${IPCSUITE_MUSL_CHECK_PREFIX} "
                      "(no lib/pkgconfig/check.pc): run ci/build-check-musl first")
endif()
