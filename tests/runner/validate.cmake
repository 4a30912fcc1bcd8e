# Runs ipcsuite on the fake manifest and checks one of its outputs with an
# independent parser: CHECK=prove (the aggregate TAP: no parse errors, no
# bail-out), xmllint (the JUnit XML) or json (--json and "list --json", with
# python3 -m json.tool) or ktap (--ktap, with KTAP_CHECK: tests/runner/ktap_check.c).
# Prints "SKIPPED:" (a skip for ctest) if the tool is missing.
if(CHECK STREQUAL "ktap")
  set(TOOL ${KTAP_CHECK})
elseif(CHECK STREQUAL "prove")
  find_program(TOOL prove)
elseif(CHECK STREQUAL "xmllint")
  find_program(TOOL xmllint)
else()
  find_program(TOOL python3)
endif()
if(NOT TOOL)
  message("SKIPPED: ${CHECK} not found")
  return()
endif()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/state)
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env FAKE_STATE_DIR=${WORK}/state
          ${IPCSUITE} --manifest ${MANIFEST} --tap ${WORK}/out.tap --junit ${WORK}/out.xml
          --json ${WORK}/out.json --ktap ${WORK}/out.ktap
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "ipcsuite exited with ${rc} (expected 1):\n${out}\n${err}")
endif()

if(CHECK STREQUAL "prove")
  # prove runs out.tap through cat and parses what it prints
  execute_process(COMMAND ${TOOL} -v -e cat ${WORK}/out.tap
                  RESULT_VARIABLE prc OUTPUT_VARIABLE pout ERROR_VARIABLE perr)
  set(all "${pout}\n${perr}")
  if(all MATCHES "Parse errors" OR all MATCHES "Bailout called" OR all MATCHES "Further testing stopped")
    message(FATAL_ERROR "prove did not parse the aggregate TAP cleanly:\n${all}")
  endif()
  if(NOT all MATCHES "Tests=17")
    message(FATAL_ERROR "prove did not see 17 tests:\n${all}")
  endif()
elseif(CHECK STREQUAL "ktap")
  execute_process(COMMAND ${TOOL} ${WORK}/out.ktap RESULT_VARIABLE krc OUTPUT_VARIABLE kout)
  if(NOT krc EQUAL 0 OR NOT kout MATCHES "valid: 17 tests: pass 5, fail 2, skip 2, xfail 0, error 8")
    message(FATAL_ERROR "ktap_check rejected the KTAP or counted otherwise (${krc}):\n${kout}")
  endif()
  # "valid KTAP output should also form valid TAP output" (ktap.rst): prove, when there
  find_program(PROVE prove)
  if(PROVE)
    execute_process(COMMAND ${PROVE} -v -e cat ${WORK}/out.ktap OUTPUT_VARIABLE pout ERROR_VARIABLE perr)
    set(all "${pout}\n${perr}")
    if(all MATCHES "Parse errors" OR all MATCHES "Bailout called" OR NOT all MATCHES "Tests=17")
      message(FATAL_ERROR "prove did not read the KTAP as 17 TAP tests:\n${all}")
    endif()
  endif()
elseif(CHECK STREQUAL "xmllint")
  execute_process(COMMAND ${TOOL} --noout ${WORK}/out.xml RESULT_VARIABLE xrc ERROR_VARIABLE xerr)
  if(NOT xrc EQUAL 0)
    message(FATAL_ERROR "xmllint rejected the JUnit XML:\n${xerr}")
  endif()
else()
  execute_process(COMMAND ${TOOL} -m json.tool ${WORK}/out.json
                  RESULT_VARIABLE jrc OUTPUT_QUIET ERROR_VARIABLE jerr)
  if(NOT jrc EQUAL 0)
    message(FATAL_ERROR "--json output is not JSON:\n${jerr}")
  endif()
  execute_process(COMMAND ${IPCSUITE} list --json --manifest ${MANIFEST}
                  OUTPUT_FILE ${WORK}/list.json RESULT_VARIABLE lrc)
  execute_process(COMMAND ${TOOL} -m json.tool ${WORK}/list.json
                  RESULT_VARIABLE jrc OUTPUT_QUIET ERROR_VARIABLE jerr)
  if(NOT lrc EQUAL 0 OR NOT jrc EQUAL 0)
    message(FATAL_ERROR "list --json output is not JSON (${lrc}):\n${jerr}")
  endif()
endif()
file(REMOVE_RECURSE ${WORK})
