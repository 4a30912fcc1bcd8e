# Runs one case with --meta and stores its manifest line (see docs/case-protocol.md).
execute_process(COMMAND ${EMULATOR} ${CASE} --meta
                OUTPUT_VARIABLE line RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CASE} --meta failed (${rc}): ${err}")
endif()
string(STRIP "${line}" line)
string(REGEX MATCHALL "\t" tabs "${line}")
list(LENGTH tabs ntabs)
if(NOT ntabs EQUAL 7)
  message(FATAL_ERROR "${CASE} --meta printed a malformed line: ${line}")
endif()
file(WRITE ${OUT} "${line}\n")
