# Runs every fake case with --meta and writes fake-manifest.tsv next to them
# (same format as the real manifest, see docs/case-protocol.md). FAKES is a
# "|"-separated list of the fake binaries.
string(REPLACE "|" ";" FAKES "${FAKES}")
set(out "# ipcsuite manifest 2\n")
foreach(fake IN LISTS FAKES)
  execute_process(COMMAND ${fake} --meta OUTPUT_VARIABLE line RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${fake} --meta failed (${rc})")
  endif()
  string(STRIP "${line}" line)
  get_filename_component(name ${fake} NAME)
  string(FIND "${line}" "\t" tab)
  string(SUBSTRING "${line}" 0 ${tab} id)
  string(SUBSTRING "${line}" ${tab} -1 rest)
  string(APPEND out "${id}\t${name}${rest}\n")
endforeach()
file(WRITE ${OUT}.tmp "${out}")
file(RENAME ${OUT}.tmp ${OUT})
