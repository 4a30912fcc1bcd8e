/*
 * Looking up an existing segment by key with a size larger than the
 * segment's fails with EINVAL; a size up to the segment's (or 0) finds it.
 *
 * Ref: shmget(2) ERRORS ("EINVAL A segment for the given key exists, but
 * size is greater than the size of that segment"); POSIX.1-2017 shmget
 * ERRORS [EINVAL]; ipc/shm.c shm_more_checks().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a key lookup with a size above the segment's fails with EINVAL",
          .ref = "shmget(2) ERRORS EINVAL; POSIX.1-2017 shmget", .tags = "size,keys");

IPCS_TEST(larger_size_fails_smaller_finds)
{
	size_t size = ipcs_page_size() + 10;
	key_t key = ipcs_unique_key();
	int id = ipcs_shmget(key, size, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_ERRNO(shmget(key, size + 1, 0600), EINVAL);
	/* Even within the rounded-up page: shm_segsz is what counts. */
	IPCS_EXPECT_ERRNO(shmget(key, ipcs_round_to_page(size), 0600), EINVAL);
	IPCS_EXPECT_ERRNO(shmget(key, size + 1, IPC_CREAT | 0600), EINVAL);
	IPCS_EXPECT_EQ(shmget(key, size, 0600), id);
	IPCS_EXPECT_EQ(shmget(key, 1, 0600), id);
	IPCS_EXPECT_EQ(shmget(key, 0, 0600), id);
}

IPCS_MAIN(larger_size_fails_smaller_finds)
