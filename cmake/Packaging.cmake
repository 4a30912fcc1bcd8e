# Packages: "cpack -G DEB" (and "-G RPM" where rpmbuild is installed) in the
# build tree, or ci/package. The runner goes to bin, the cases and their
# manifest to libexec/ipcsuite, baselines to share/ipcsuite/expected, the man
# pages to share/man: what "cmake --install" puts under /usr.
set(CPACK_PACKAGE_NAME ipcsuite)
set(CPACK_PACKAGE_VENDOR "ipcsuite")
set(CPACK_PACKAGE_CONTACT "ipcsuite developers <ipcsuite@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "conformance suite for Linux IPC: System V, POSIX, mmap, pipes, UNIX sockets, record locks")
set(CPACK_PACKAGE_DESCRIPTION
    "ipcsuite checks that a Linux kernel and its C library do what the documentation\n"
    "of inter-process communication says: one small program per documented\n"
    "behavior, each citing its man page or POSIX section, run by one runner that\n"
    "isolates each case and reports TAP, JUnit and JSON against baselines.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Stripped: the debug info is most of the build tree (the cases are small).
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# Dependencies from the binaries themselves (dpkg-shlibdeps): libc6 and, with
# Check's dynamic parts, libsubunit0; nothing when the build is static.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "see the source")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_GENERATOR DEB)
find_program(IPCSUITE_RPMBUILD rpmbuild)
if(IPCSUITE_RPMBUILD)
  list(APPEND CPACK_GENERATOR RPM)
endif()
include(CPack)
