# ctest coverage.current: docs/coverage.md is what "ipcsuite list --refs
# --markdown" prints for the whole manifest (regenerate: make coverage-doc).
# A partial build (IPCSUITE_FACILITIES) cannot judge it: SKIPPED.
if(PARTIAL)
  message("SKIPPED: a partial build (IPCSUITE_FACILITIES=${PARTIAL}) lists only some cases")
  return()
endif()
execute_process(COMMAND ${IPCSUITE} list --refs --markdown --manifest ${MANIFEST}
  OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ipcsuite list --refs --markdown exited ${rc}")
endif()
file(READ ${DOC} committed)
if(NOT generated STREQUAL committed)
  file(WRITE ${WORK}/coverage.md "${generated}")
  message(FATAL_ERROR "${DOC} is stale: regenerate it with \"make coverage-doc\" "
                      "(or compare with ${WORK}/coverage.md)")
endif()
message("docs/coverage.md is current")
