/*
 * A read-only attachment cannot be made writable with mprotect(): adding
 * PROT_WRITE fails with EACCES, since the mapping was made from a read-only
 * open of the segment.
 *
 * Ref: mprotect(2) ERRORS ("EACCES ... for example, if the memory is
 * mapped with mmap(2) [from a file opened] read-only and mprotect() is
 * asked to mark it PROT_WRITE"); shmop(2) SHM_RDONLY; ipc/shm.c do_shmat()
 * opens the segment O_RDONLY for SHM_RDONLY.
 */
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mprotect cannot add PROT_WRITE to an SHM_RDONLY attachment (EACCES)",
          .ref = "mprotect(2) ERRORS EACCES; shmop(2) SHM_RDONLY; ipc/shm.c do_shmat()",
          .tags = "attach,shm_rdonly");

IPCS_TEST(prot_write_refused)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(page);
	void *ro = ipcs_shmat(id, NULL, SHM_RDONLY);
	IPCS_EXPECT_ERRNO(mprotect(ro, page, PROT_READ | PROT_WRITE), EACCES);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping(ro, &m));
	IPCS_EXPECT_EQ(m.perms[1], '-');
	IPCS_EXPECT_OK(mprotect(ro, page, PROT_READ)); /* what it has is fine */
	ipcs_shmdt(ro);
}

IPCS_MAIN(prot_write_refused)
