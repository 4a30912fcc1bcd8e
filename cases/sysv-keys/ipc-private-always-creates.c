/*
 * A get call with key IPC_PRIVATE always creates a new object, whatever the
 * flags: without IPC_CREAT, and with IPC_CREAT | IPC_EXCL twice in a row.
 *
 * Ref: shmget(2) NOTES ("If this special value is used for key, the system
 * call ignores all but the least significant 9 bits of shmflg and creates a
 * new shared memory segment"); semget(2) and msgget(2) NOTES say the same;
 * sysvipc(7). POSIX.1-2017 shmget ("key is equal to IPC_PRIVATE").
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_PRIVATE always creates a new object, with or without IPC_CREAT/IPC_EXCL",
          .ref = "semget(2), msgget(2), shmget(2) NOTES; POSIX.1-2017 shmget", .tags = "keys");

static void check(enum ipcs_sysv f)
{
	int bare;
	IPCS_ASSERT_OK(bare = ipcs_sysv_get(f, IPC_PRIVATE, 0600));
	ipcs_sysv_track(f, bare);
	int excl1;
	IPCS_ASSERT_OK(excl1 = ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600));
	ipcs_sysv_track(f, excl1);
	int excl2;
	IPCS_ASSERT_OK(excl2 = ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600));
	ipcs_sysv_track(f, excl2);
	IPCS_EXPECT_NE(bare, excl1);
	IPCS_EXPECT_NE(excl1, excl2);
	IPCS_EXPECT_NE(bare, excl2);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, excl2);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &ds)->__key, IPC_PRIVATE);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
