# Every cases/<facility>/<behavior>.c is its own executable, id <facility>/<behavior>.
# Each case is run once with --meta as part of its link step; one step joins the
# lines into manifest.tsv, which the runner reads. Adding a case is adding one file (re-run cmake, or the
# CONFIGURE_DEPENDS glob does it for you).
file(GLOB_RECURSE IPCSUITE_CASE_SOURCES CONFIGURE_DEPENDS
     RELATIVE ${CMAKE_SOURCE_DIR}/cases ${CMAKE_SOURCE_DIR}/cases/*.c)
list(SORT IPCSUITE_CASE_SOURCES)
# A partial build for working on a few facilities: -DIPCSUITE_FACILITIES="pipe;fifo"
# builds only those cases (the runner and lib are always built). Empty: all.
set(IPCSUITE_FACILITIES "" CACHE STRING "Build only the cases of these facilities (;-separated); empty builds all")
if(IPCSUITE_FACILITIES)
  set(selected "")
  foreach(src IN LISTS IPCSUITE_CASE_SOURCES)
    get_filename_component(facility ${src} DIRECTORY)
    if(facility IN_LIST IPCSUITE_FACILITIES)
      list(APPEND selected ${src})
    endif()
  endforeach()
  if(NOT selected)
    message(FATAL_ERROR "IPCSUITE_FACILITIES=${IPCSUITE_FACILITIES}: no case in cases/ belongs to these")
  endif()
  set(IPCSUITE_CASE_SOURCES ${selected})
endif()

set(IPCSUITE_META_FILES "")
set(IPCSUITE_CASE_TARGETS "")
set(IPCSUITE_CASE_FACILITIES "")
foreach(src IN LISTS IPCSUITE_CASE_SOURCES)
  get_filename_component(facility ${src} DIRECTORY)
  get_filename_component(behavior ${src} NAME_WE)
  if(NOT facility IN_LIST IPCSUITE_CASE_FACILITIES)
    list(APPEND IPCSUITE_CASE_FACILITIES ${facility})
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/meta/${facility})
  endif()
  if(NOT facility OR facility MATCHES "/")
    message(FATAL_ERROR "case ${src}: cases live in cases/<facility>/<behavior>.c")
  endif()
  set(target "case.${facility}.${behavior}")
  add_executable(${target} cases/${src})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${behavior}
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/cases/${facility})
  target_compile_definitions(${target} PRIVATE IPCS_CASE_ID="${facility}/${behavior}")
  target_link_libraries(${target} PRIVATE ipcsuite)
  install(TARGETS ${target} DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/ipcsuite/cases/${facility})

  # The link step itself writes the case's manifest line: a POST_BUILD command
  # runs in the same shell command as the link (no process per case beyond the
  # case itself), and a --meta that fails fails the link step. manifest.cmake
  # checks the lines' shape when it joins them.
  set(meta ${CMAKE_BINARY_DIR}/meta/${facility}/${behavior}.tsv)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:${target}> --meta > ${meta}
    BYPRODUCTS ${meta} VERBATIM)
  list(APPEND IPCSUITE_META_FILES ${meta})
  list(APPEND IPCSUITE_CASE_TARGETS ${target})
endforeach()

set(IPCSUITE_MANIFEST ${CMAKE_BINARY_DIR}/manifest.tsv)
# The list of per-case files goes through a file: a long list does not pass
# safely through a command line.
string(REPLACE ";" "\n" meta_lines "${IPCSUITE_META_FILES}")
file(WRITE ${CMAKE_BINARY_DIR}/meta-files.txt "${meta_lines}\n")
add_custom_command(OUTPUT ${IPCSUITE_MANIFEST}
  COMMAND ${CMAKE_COMMAND} -DMETA_LIST=${CMAKE_BINARY_DIR}/meta-files.txt -DMETA_ROOT=${CMAKE_BINARY_DIR}/meta
          -DOUT=${IPCSUITE_MANIFEST} -P ${CMAKE_SOURCE_DIR}/cmake/manifest.cmake
  DEPENDS ${IPCSUITE_META_FILES} ${CMAKE_SOURCE_DIR}/cmake/manifest.cmake
  COMMENT "writing manifest.tsv (${CMAKE_BINARY_DIR})" VERBATIM)
add_custom_target(manifest ALL DEPENDS ${IPCSUITE_MANIFEST})
install(FILES ${IPCSUITE_MANIFEST} DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/ipcsuite)
