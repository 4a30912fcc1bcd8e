# Feature probes: what this libc and its kernel headers offer. An absent
# feature becomes a SKIP in the cases that need it, never a build error.
include(CheckSymbolExists)
include(CheckCSourceCompiles)
include(CheckLibraryExists)

set(CMAKE_REQUIRED_DEFINITIONS -D_GNU_SOURCE)

check_symbol_exists(semtimedop "sys/types.h;sys/ipc.h;sys/sem.h" HAVE_SEMTIMEDOP)
check_symbol_exists(MSG_COPY "sys/types.h;sys/ipc.h;sys/msg.h" HAVE_MSG_COPY)
check_symbol_exists(MSG_EXCEPT "sys/types.h;sys/ipc.h;sys/msg.h" HAVE_MSG_EXCEPT)
check_symbol_exists(MSG_STAT_ANY "sys/types.h;sys/ipc.h;sys/msg.h" HAVE_MSG_STAT_ANY)
check_symbol_exists(SEM_STAT_ANY "sys/types.h;sys/ipc.h;sys/sem.h" HAVE_SEM_STAT_ANY)
check_symbol_exists(SHM_STAT_ANY "sys/types.h;sys/ipc.h;sys/shm.h" HAVE_SHM_STAT_ANY)
check_symbol_exists(MAP_FIXED_NOREPLACE "sys/mman.h" HAVE_MAP_FIXED_NOREPLACE)
check_symbol_exists(memfd_create "sys/mman.h" HAVE_MEMFD_CREATE)
check_symbol_exists(mremap "sys/mman.h" HAVE_MREMAP)

# POSIX message queues live in librt on older glibc, in libc on newer and musl.
check_symbol_exists(mq_open "mqueue.h" HAVE_MQ_OPEN_LIBC)
if(NOT HAVE_MQ_OPEN_LIBC)
  check_library_exists(rt mq_open "" HAVE_MQ_OPEN_LIBRT)
endif()
if(HAVE_MQ_OPEN_LIBC OR HAVE_MQ_OPEN_LIBRT)
  set(HAVE_MQ_OPEN 1)
endif()
# shm_open/shm_unlink: librt before glibc 2.34.
check_symbol_exists(shm_unlink "sys/mman.h" HAVE_SHM_UNLINK_LIBC)
set(IPCSUITE_RT_LIBS "")
if(HAVE_MQ_OPEN_LIBRT OR NOT HAVE_SHM_UNLINK_LIBC)
  set(IPCSUITE_RT_LIBS rt)
endif()

unset(CMAKE_REQUIRED_DEFINITIONS)
