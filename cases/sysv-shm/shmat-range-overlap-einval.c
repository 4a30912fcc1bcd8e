/*
 * shmat() at a free address whose range would run into an existing mapping
 * fails with EINVAL without SHM_REMAP: the kernel checks the whole range,
 * not only its start. Nothing is attached (shm_nattch stays 0, the start
 * stays unmapped) and the other mapping is untouched.
 *
 * Ref: shmop(2) SHM_REMAP ("Normally, an EINVAL error would result if a
 * mapping already exists in this address range"), ERRORS EINVAL ("Invalid
 * shmid value, unaligned ... or invalid shmaddr value, or can't attach
 * segment at shmaddr"); ipc/shm.c do_shmat() (find_vma_intersection() over
 * [shmaddr, shmaddr + size) when shmaddr is given without SHM_REMAP).
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shmat whose range overlaps a later mapping fails with EINVAL, no effect",
          .ref = "shmop(2) SHM_REMAP, ERRORS EINVAL; ipc/shm.c do_shmat()",
          .tags = "attach,shm_remap,errors");

IPCS_TEST(tail_overlaps_mapping)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(3 * page);
	/* Pages 0-1 free, page 2 an anonymous mapping: only the segment's
	 * last page would land on it. */
	char *range = ipcs_unmapped_range(3 * page);
	char *other =
	    (char *)(intptr_t)IPCS_SAFE(mmap(range + 2 * page, page, PROT_READ | PROT_WRITE,
	                                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	memset(other, 'o', page);
	IPCS_EXPECT_ERRNO(shmat(id, range, 0), EINVAL);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 0);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(range, 2 * page));
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping(other, &m));
	IPCS_EXPECT_EQ(m.inode, 0); /* still the anonymous mapping */
	IPCS_EXPECT_EQ(other[0], 'o');
	IPCS_EXPECT_EQ(other[page - 1], 'o');
	IPCS_SAFE(munmap(other, page));
}

IPCS_MAIN(tail_overlaps_mapping)
