/*
 * Linux checks one permission per semop() call: alter permission when any
 * operation of the call alters (sem_op != 0), read permission otherwise.
 * So a wait-for-zero in the same call as an increment needs no read
 * permission (POSIX asks for it: see semop-zero-op-needs-read-with-alter).
 *
 * Ref: ipc/sem.c do_semtimedop() ("if (ipcperms(ns, &sma->sem_perm, alter ?
 * S_IWUGO : S_IRUGO))", alter set when any sem_op is non-zero); the man
 * pages do not say this (semop(2) DESCRIPTION asks read permission for every
 * zero sem_op).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "(kernel) semop checks one permission per call: alter if any operation "
                      "alters, so a wait-for-zero beside an increment needs no read permission",
          .ref = "ipc/sem.c do_semtimedop(); semop(2) DESCRIPTION", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "semop,permissions,wait-for-zero");

static int semid;

static void alter_only(void *arg) /* others: 02 */
{
	(void)arg;
	ipcs_become_other();
	/* control: the zero op alone needs read permission */
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, IPC_NOWAIT), EACCES);
	/* beside an increment it is evaluated: the value would be 1, not 0 */
	struct sembuf wait_after_inc[2] = {{0, 1, 0}, {0, 0, IPC_NOWAIT}};
	IPCS_EXPECT_ERRNO(semop(semid, wait_after_inc, 2), EAGAIN);
	/* and succeeds where the value is 0 when it is evaluated */
	struct sembuf wait_before_inc[2] = {{0, 0, IPC_NOWAIT}, {0, 1, 0}};
	IPCS_EXPECT_OK(semop(semid, wait_before_inc, 2));
}

IPCS_TEST(alter_permission_covers_the_zero_op)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0602);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(alter_only, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

IPCS_MAIN(alter_permission_covers_the_zero_op)
