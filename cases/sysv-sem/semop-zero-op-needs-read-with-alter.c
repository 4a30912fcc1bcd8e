/*
 * A semop() call holding a wait-for-zero fails with EACCES when the caller
 * lacks read permission, even if the same call also increments (for which
 * alter permission is present). Linux checks one permission per call and
 * does not do this: see semop-one-permission-check-per-call.
 *
 * Ref: POSIX.1-2017 XSH semop ("If sem_op is zero and the calling process
 * does not have read permission, semop() shall fail and return to the
 * calling process with a value of -1 and errno set to [EACCES]"); semop(2)
 * DESCRIPTION ("If sem_op is zero, the process must have read permission on
 * the semaphore set"), ERRORS EACCES.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a semop call with a wait-for-zero fails with EACCES without read "
                      "permission, even when it also alters with alter permission",
          .ref = "POSIX.1-2017 XSH semop; semop(2) DESCRIPTION, ERRORS EACCES",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "semop,permissions,errno,wait-for-zero");

static int semid;

static void alter_only(void *arg) /* others: 02 */
{
	(void)arg;
	ipcs_become_other();
	/* control: the same zero op alone is refused, the increment alone works */
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, IPC_NOWAIT), EACCES);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, 0));
	struct sembuf ops[2] = {{0, 1, 0}, {0, 0, IPC_NOWAIT}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), EACCES);
}

IPCS_TEST(zero_op_with_increment_needs_read)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0602);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(alter_only, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0); /* nothing applied */
}

IPCS_MAIN(zero_op_with_increment_needs_read)
