/*
 * IPC_SET and IPC_RMID are allowed to the set's owner and to its creator,
 * and fail with EPERM for any other unprivileged process, even one with read
 * and alter permission.
 *
 * Ref: semctl(2) IPC_SET, IPC_RMID ("The effective user ID of the calling
 * process must match the creator or owner of the semaphore set, or the caller
 * must be privileged"), ERRORS EPERM; POSIX.1-2017 semctl.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET and IPC_RMID fail with EPERM for a process neither owner nor "
                      "creator, and work for the owner and the creator",
          .ref = "semctl(2) IPC_SET, IPC_RMID, ERRORS EPERM; POSIX.1-2017 semctl",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "semctl,permissions,errno");

static int semid;

static void as_other(void *arg)
{
	(void)arg;
	ipcs_become_other();
	struct semid_ds ds;
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds})); /* mode 0666 */
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 1, 0));
	ds.sem_perm.mode = 0600;
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}), EPERM);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_RMID), EPERM);
}

IPCS_TEST(other_gets_eperm)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0666);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(as_other, NULL), 0);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	IPCS_EXPECT_EQ(ds.sem_perm.mode & 0777, 0666);
}

/* The test process gives the set to the other identity: that one is now
 * the owner (not the creator) and may IPC_SET and IPC_RMID. */
static void as_owner(void *arg)
{
	(void)arg;
	ipcs_become_other();
	struct semid_ds ds;
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	ds.sem_perm.mode = 0644;
	IPCS_EXPECT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID));
}

IPCS_TEST(owner_may_set_and_remove)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	ds.sem_perm.uid = ipcs_is_unprivileged() ? ipcs_user_uid(1) : ipcs_user_uid(0);
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(as_owner, NULL), 0);
	if (semctl(semid, 0, GETVAL) == -1 && errno == EINVAL)
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
	else
		IPCS_FAIL("the set is still there after the owner's IPC_RMID");
}

/* The creator keeps the right after giving the set away. */
IPCS_TEST(creator_may_set_and_remove)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	ds.sem_perm.uid = ipcs_is_unprivileged() ? ipcs_user_uid(1) : ipcs_user_uid(0);
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	ds.sem_perm.mode = 0640;
	IPCS_EXPECT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	if (IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID)))
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
}

IPCS_MAIN(other_gets_eperm, owner_may_set_and_remove, creator_may_set_and_remove)
