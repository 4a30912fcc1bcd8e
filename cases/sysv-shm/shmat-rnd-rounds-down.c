/*
 * With SHM_RND, a non-page-aligned shmaddr is rounded down to a multiple of
 * SHMLBA and the segment is attached there.
 *
 * Ref: shmop(2) DESCRIPTION ("If shmaddr isn't NULL and SHM_RND is
 * specified in shmflg, the attach occurs at the address equal to shmaddr
 * rounded down to the nearest multiple of SHMLBA"); POSIX.1-2017 shmat
 * ("(shmaddr-((uintptr_t)shmaddr %SHMLBA))").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SHM_RND rounds an unaligned shmaddr down to a multiple of SHMLBA",
          .ref = "shmop(2) DESCRIPTION; POSIX.1-2017 shmat", .tags = "attach,shm_rnd");

IPCS_TEST(attaches_at_rounded_address)
{
	size_t page = ipcs_page_size();
	size_t lba = (size_t)SHMLBA;
	int id = ipcs_shm_new(page);
	/* Find a free, SHMLBA-aligned range: reserve it, then release it. */
	size_t span = lba + page;
	char *area = mmap(NULL, 2 * span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	IPCS_ASSERT_TRUE(area != MAP_FAILED);
	uintptr_t aligned = ((uintptr_t)area + lba - 1) / lba * lba;
	IPCS_SAFE(munmap(area, 2 * span));
	void *asked = (void *)(aligned + 123);
	void *got = shmat(id, asked, SHM_RND);
	IPCS_ASSERT_TRUE(got != (void *)-1);
	IPCS_EXPECT_EQ((uintptr_t)got, aligned);
	ipcs_shmdt(got);
}

IPCS_MAIN(attaches_at_rounded_address)
