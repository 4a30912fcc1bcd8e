/*
 * shmdt() of an address where no segment is attached fails with EINVAL:
 * an unmapped address, an anonymous mapping, an address inside (not at
 * the start of) an attachment, an unaligned one, and an address already
 * detached.
 *
 * Ref: shmop(2) ERRORS ("EINVAL There is no shared memory segment attached
 * at shmaddr; or, shmaddr is not aligned on a page boundary"), shmdt() ("The
 * to-be-detached segment must be currently attached with shmaddr equal to
 * the value returned by the attaching shmat() call"); POSIX.1-2017 shmdt
 * ERRORS [EINVAL].
 */
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shmdt of an address with no attachment starting there fails with EINVAL",
          .ref = "shmop(2) shmdt(), ERRORS EINVAL; POSIX.1-2017 shmdt", .tags = "attach,errors");

IPCS_TEST(anonymous_mapping)
{
	size_t page = ipcs_page_size();
	void *anon = mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	IPCS_ASSERT_TRUE(anon != MAP_FAILED);
	IPCS_EXPECT_ERRNO(shmdt(anon), EINVAL);
	IPCS_SAFE(munmap(anon, page));
	IPCS_EXPECT_ERRNO(shmdt(anon), EINVAL); /* now unmapped */
}

IPCS_TEST(inside_or_unaligned)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(2 * page);
	char *p = ipcs_shmat(id, NULL, 0);
	IPCS_EXPECT_ERRNO(shmdt(p + page), EINVAL);
	IPCS_EXPECT_ERRNO(shmdt(p + 1), EINVAL);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 1); /* still attached */
	ipcs_shmdt(p);
}

IPCS_TEST(already_detached)
{
	int id = ipcs_shm_new(ipcs_page_size());
	void *p = ipcs_shmat(id, NULL, 0);
	IPCS_ASSERT_OK(shmdt(p));
	IPCS_EXPECT_ERRNO(shmdt(p), EINVAL);
}

IPCS_MAIN(anonymous_mapping, inside_or_unaligned, already_detached)
