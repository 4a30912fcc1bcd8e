# Feature probes: what this libc and its kernel headers offer. An absent
# feature becomes a SKIP in the cases that need it, never a build error.
#
# One compile answers every probe at once: check_symbol_exists costs a
# try_compile (a CMake project, a compile and a link) per symbol. The batch
# source marks each macro's presence with a string that is read back from the
# built program (as CheckTypeSize does, so it works when cross-compiling too)
# and takes the address of each function, so that it builds only when every
# function is declared and links. When it does not build (a libc without one
# of the functions), each symbol is probed on its own as before. The results
# are cached as check_symbol_exists caches them (HAVE_... = 1 or empty).
include(CheckSymbolExists)
include(CheckLibraryExists)

set(CMAKE_REQUIRED_DEFINITIONS -D_GNU_SOURCE)

# symbol|variable|headers (separated by commas)|kind: a macro may be absent
# (the batch says so); a function must link for the batch to build.
set(ipcsuite_probes
  "semtimedop|HAVE_SEMTIMEDOP|sys/types.h,sys/ipc.h,sys/sem.h|function"
  "MSG_COPY|HAVE_MSG_COPY|sys/types.h,sys/ipc.h,sys/msg.h|macro"
  "MSG_EXCEPT|HAVE_MSG_EXCEPT|sys/types.h,sys/ipc.h,sys/msg.h|macro"
  "MSG_STAT_ANY|HAVE_MSG_STAT_ANY|sys/types.h,sys/ipc.h,sys/msg.h|macro"
  "SEM_STAT_ANY|HAVE_SEM_STAT_ANY|sys/types.h,sys/ipc.h,sys/sem.h|macro"
  "SHM_STAT_ANY|HAVE_SHM_STAT_ANY|sys/types.h,sys/ipc.h,sys/shm.h|macro"
  "MAP_FIXED_NOREPLACE|HAVE_MAP_FIXED_NOREPLACE|sys/mman.h|macro"
  "memfd_create|HAVE_MEMFD_CREATE|sys/mman.h|function"
  "mremap|HAVE_MREMAP|sys/mman.h|function"
  "mq_open|HAVE_MQ_OPEN_LIBC|mqueue.h|function"
  "shm_unlink|HAVE_SHM_UNLINK_LIBC|sys/mman.h|function")

function(ipcsuite_probe_batch)
  set(all_cached TRUE)
  set(includes "")
  set(body "")
  set(refs "")
  set(n 0)
  foreach(p IN LISTS ipcsuite_probes)
    string(REPLACE "|" ";" p "${p}")
    list(GET p 0 sym)
    list(GET p 1 var)
    list(GET p 2 hdrs)
    list(GET p 3 kind)
    if(NOT DEFINED ${var})
      set(all_cached FALSE)
    endif()
    string(REPLACE "," ";" hdrs "${hdrs}")
    foreach(h IN LISTS hdrs)
      if(NOT includes MATCHES "<${h}>")
        string(APPEND includes "#include <${h}>\n")
      endif()
    endforeach()
    # A macro: its presence is a string in the program. A function (unless
    # a macro stands for it) must link: its address is used.
    if(kind STREQUAL "macro")
      string(APPEND body "#ifdef ${sym}\n#define P${n}_ \"1\"\n#else\n#define P${n}_ \"0\"\n#endif\n")
    else()
      string(APPEND body "#define P${n}_ \"1\"\n")
      string(APPEND refs "#ifndef ${sym}\n  use((const void *)&${sym});\n#endif\n")
    endif()
    string(APPEND refs "  use(\"IPCSUITE_PROBE[${var}=\" P${n}_ \"]\");\n")
    math(EXPR n "${n} + 1")
  endforeach()
  if(all_cached)
    return()
  endif()
  set(dir ${CMAKE_BINARY_DIR}/CMakeFiles/ipcsuite-probes)
  file(WRITE ${dir}/probes.c
    "${includes}${body}"
    "static const void *volatile sink;\n"
    "static void use(const void *p) { sink = p; }\n"
    "int main(void)\n{\n${refs}  return sink != 0;\n}\n")
  try_compile(ok ${dir}/build ${dir}/probes.c
    COMPILE_DEFINITIONS ${CMAKE_REQUIRED_DEFINITIONS}
    OUTPUT_VARIABLE log
    COPY_FILE ${dir}/probes.bin)
  if(ok)
    file(STRINGS ${dir}/probes.bin marks REGEX "IPCSUITE_PROBE\\[[A-Z_]+=[01]\\]")
  endif()
  if(NOT ok OR NOT marks)
    file(APPEND ${CMAKE_BINARY_DIR}${CMAKE_FILES_DIRECTORY}/CMakeError.log
         "ipcsuite's batched feature probe failed (probing one by one):\n${log}\n")
    message(STATUS "Batched feature probe failed: probing symbols one by one")
    return()
  endif()
  foreach(p IN LISTS ipcsuite_probes)
    string(REPLACE "|" ";" p "${p}")
    list(GET p 0 sym)
    list(GET p 1 var)
    # check_symbol_exists' cache entry: 1 when found, empty when not.
    if(marks MATCHES "IPCSUITE_PROBE\\[${var}=1\\]")
      set(${var} 1 CACHE INTERNAL "Have symbol ${sym}")
      message(STATUS "Looking for ${sym} - found")
    elseif(marks MATCHES "IPCSUITE_PROBE\\[${var}=0\\]")
      set(${var} "" CACHE INTERNAL "Have symbol ${sym}")
      message(STATUS "Looking for ${sym} - not found")
    endif()
  endforeach()
endfunction()
ipcsuite_probe_batch()

# The symbols the batch did not answer (it failed, or nothing was cached):
# one try_compile each, cached, so a second configure probes nothing.
foreach(p IN LISTS ipcsuite_probes)
  string(REPLACE "|" ";" p "${p}")
  list(GET p 0 sym)
  list(GET p 1 var)
  list(GET p 2 hdrs)
  string(REPLACE "," ";" hdrs "${hdrs}")
  check_symbol_exists(${sym} "${hdrs}" ${var})
endforeach()

# POSIX message queues live in librt on older glibc, in libc on newer and musl.
if(NOT HAVE_MQ_OPEN_LIBC)
  check_library_exists(rt mq_open "" HAVE_MQ_OPEN_LIBRT)
endif()
if(HAVE_MQ_OPEN_LIBC OR HAVE_MQ_OPEN_LIBRT)
  set(HAVE_MQ_OPEN 1)
endif()
# shm_open/shm_unlink: librt before glibc 2.34.
set(IPCSUITE_RT_LIBS "")
if(HAVE_MQ_OPEN_LIBRT OR NOT HAVE_SHM_UNLINK_LIBC)
  set(IPCSUITE_RT_LIBS rt)
endif()

unset(CMAKE_REQUIRED_DEFINITIONS)
