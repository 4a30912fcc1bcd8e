/*
 * shmat() at an address already mapped fails with EINVAL; with SHM_REMAP it
 * replaces the existing mapping, and the range then shows the segment.
 *
 * Ref: shmop(2) SHM_REMAP ("This flag specifies that the mapping of the
 * segment should replace any existing mapping in the range starting at
 * shmaddr ... (Normally, an EINVAL error would result if a mapping already
 * exists in this address range.)"), ERRORS EINVAL ("can't attach segment at
 * shmaddr").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shmat over a mapping fails with EINVAL, and replaces it with SHM_REMAP",
          .ref = "shmop(2) SHM_REMAP, ERRORS EINVAL", .tags = "attach,shm_remap");

IPCS_TEST(occupied_range)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(2 * page);
	char *seg = ipcs_shmat(id, NULL, 0);
	memset(seg, 's', 2 * page);
	char *anon =
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	IPCS_ASSERT_TRUE(anon != MAP_FAILED);
	anon[0] = 'a';
	IPCS_EXPECT_ERRNO(shmat(id, anon, 0), EINVAL);
	IPCS_EXPECT_EQ(anon[0], 'a'); /* the old mapping is untouched */

	char *got = shmat(id, anon, SHM_REMAP);
	IPCS_ASSERT_TRUE(got == anon);
	IPCS_EXPECT_EQ(got[0], 's');
	IPCS_EXPECT_EQ(got[2 * page - 1], 's');
	got[1] = 'r';
	IPCS_EXPECT_EQ(seg[1], 'r');
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 2);
	ipcs_shmdt(got);
	ipcs_shmdt(seg);
}

IPCS_MAIN(occupied_range)
