/*
 * IPC_STAT needs read permission on the object: a stranger without the
 * "others" read bit gets EACCES, with it the call succeeds.
 *
 * Ref: shmctl(2) IPC_STAT ("The caller must have read permission on the
 * shared memory segment"), ERRORS EACCES; semctl(2) IPC_STAT ("The calling
 * process must have read permission on the semaphore set"); msgctl(2)
 * IPC_STAT ("The caller must have read permission on the message queue");
 * POSIX.1-2017 shmctl ERRORS [EACCES].
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_STAT needs read permission; without it, EACCES",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_STAT, ERRORS EACCES; POSIX.1-2017 shmctl",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int id_closed, id_readable;

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_ERRNO(ipcs_sysv_stat(facility, id_closed, &ds), EACCES);
	IPCS_EXPECT_OK(ipcs_sysv_stat(facility, id_readable, &ds));
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	id_closed = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0772);
	id_readable = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0004);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
