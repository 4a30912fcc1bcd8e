/*
 * semctl() GETVAL, GETALL, GETPID, GETNCNT, GETZCNT and IPC_STAT need read
 * permission, SETVAL and SETALL alter (write) permission; without it an
 * unprivileged process gets EACCES. semop() likewise needs read for a
 * wait-for-zero and alter for an increment or decrement (each alone in a
 * call: mixed calls are the subject of two other cases).
 *
 * Ref: semctl(2) DESCRIPTION (each command: "The calling process must have
 * read permission" / "alter permission"), ERRORS EACCES; semop(2)
 * DESCRIPTION, ERRORS EACCES; POSIX.1-2017 semctl, semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semctl GET* and IPC_STAT need read permission, SETVAL/SETALL and non-zero "
                      "semops need alter, wait-for-zero needs read; else EACCES",
          .ref = "semctl(2) DESCRIPTION, ERRORS EACCES; semop(2) ERRORS EACCES; POSIX.1-2017",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "semctl,semop,permissions,errno");

static int semid;

static void read_only(void *arg) /* others: 04 */
{
	(void)arg;
	ipcs_become_other();
	unsigned short vals[1];
	struct semid_ds ds;
	IPCS_EXPECT_OK(semctl(semid, 0, GETVAL));
	IPCS_EXPECT_OK(semctl(semid, 0, GETALL, (union ipcs_semun){.array = vals}));
	IPCS_EXPECT_OK(semctl(semid, 0, GETPID));
	IPCS_EXPECT_OK(semctl(semid, 0, GETNCNT));
	IPCS_EXPECT_OK(semctl(semid, 0, GETZCNT));
	IPCS_EXPECT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 0, IPC_NOWAIT));
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 1}), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 1, 0), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, -1, IPC_NOWAIT), EACCES);
}

static void alter_only(void *arg) /* others: 02 */
{
	(void)arg;
	ipcs_become_other();
	unsigned short vals[1] = {2};
	struct semid_ds ds;
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETVAL), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETALL, (union ipcs_semun){.array = vals}), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETPID), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETNCNT), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETZCNT), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, IPC_NOWAIT), EACCES);
	IPCS_EXPECT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 1}));
	IPCS_EXPECT_OK(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, 0));
	/* A wait-for-zero in the same call as an alter operation: POSIX and
	 * Linux differ, see semop-zero-op-needs-read-with-alter (POSIX) and
	 * semop-one-permission-check-per-call (kernel). */
}

IPCS_TEST(read_permission_only)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0604);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(read_only, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(alter_permission_only)
{
	ipcs_require_other();
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0602);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(alter_only, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 2);
}

IPCS_MAIN(read_permission_only, alter_permission_only)
