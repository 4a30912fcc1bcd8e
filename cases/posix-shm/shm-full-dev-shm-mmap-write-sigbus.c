/*
 * On a full /dev/shm, a write through a shared mapping to a page of a shm
 * object that no block backs yet (the object sized with ftruncate, sparse)
 * raises SIGBUS (kernel).
 *
 * Ref: mm/shmem.c shmem_fault(): the page cannot be allocated
 * (shmem_get_folio_gfp() fails with ENOSPC when the tmpfs is at its size=
 * limit) and vmf_error() turns any error but ENOMEM into VM_FAULT_SIGBUS;
 * shm_overview(7) (objects live in a tmpfs(5) at /dev/shm); tmpfs(5) size=
 * ("an upper limit on the size of the filesystem"). mmap(2) documents SIGBUS
 * only past the end of the file, so the case is level kernel.
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_mapping.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "on a full /dev/shm, writing an unbacked page of a shm mapping raises "
                      "SIGBUS (kernel)",
          .ref = "mm/shmem.c shmem_fault(); shm_overview(7); tmpfs(5) size=",
          .tags = "mmap,limits,namespace");

IPCS_TEST(write_to_unbacked_page_sigbus)
{
	char name[IPCS_PNAME_SIZE];
	size_t page = ipcs_page_size();
	ipcs_pshm_small_dev_shm(4);
	int fd = ipcs_pshm_create(name, 0, 0600);
	ipcs_pshm_fill_dev_shm();
	IPCS_SAFE(ftruncate(fd, (off_t)page)); /* a size, but no block behind it */
	char *map = ipcs_pshm_map(fd, page, PROT_READ | PROT_WRITE);
	IPCS_EXPECT_WRITE_FAULT(map, SIGBUS, BUS_ADRERR);
}

IPCS_MAIN(write_to_unbacked_page_sigbus)
