/*
 * shmat() at an address that is not page aligned, without SHM_RND, fails
 * with EINVAL; so do SHM_REMAP with a NULL address and an invalid shmid.
 *
 * Ref: shmop(2) ERRORS ("EINVAL Invalid shmid value, unaligned (i.e., not
 * page-aligned and SHM_RND was not specified) or invalid shmaddr value ...
 * or SHM_REMAP was specified and shmaddr was NULL"); POSIX.1-2017 shmat
 * ERRORS [EINVAL].
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shmat with an unaligned address (no SHM_RND) fails with EINVAL",
          .ref = "shmop(2) ERRORS EINVAL; POSIX.1-2017 shmat", .tags = "attach,errors");

IPCS_TEST(unaligned_address)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(page);
	char *area = mmap(NULL, 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	IPCS_ASSERT_TRUE(area != MAP_FAILED);
	IPCS_SAFE(munmap(area, 2 * page)); /* a free range, so only alignment matters */
	IPCS_EXPECT_ERRNO(shmat(id, area + 1, 0), EINVAL);
	IPCS_EXPECT_ERRNO(shmat(id, area + page / 2, SHM_RDONLY), EINVAL);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 0);
}

IPCS_TEST(remap_with_null_address)
{
	int id = ipcs_shm_new(ipcs_page_size());
	IPCS_EXPECT_ERRNO(shmat(id, NULL, SHM_REMAP), EINVAL);
}

IPCS_TEST(invalid_shmid)
{
	IPCS_EXPECT_ERRNO(shmat(-1, NULL, 0), EINVAL);
	int id = ipcs_shm_new(ipcs_page_size());
	ipcs_shm_rm(id); /* a removed id no longer names a segment */
	IPCS_EXPECT_ERRNO(shmat(id, NULL, 0), EINVAL);
}

IPCS_MAIN(unaligned_address, remap_with_null_address, invalid_shmid)
