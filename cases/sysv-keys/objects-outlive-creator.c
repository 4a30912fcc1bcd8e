/*
 * A System V object stays in the system after the process that created it
 * exits: its key still finds the same id, with the creator's pid recorded.
 *
 * Ref: sysvipc(7) and shmctl(2) IPC_RMID (an object lives until it is
 * removed: "The caller must ensure that a segment is eventually
 * destroyed"); semctl(2), msgctl(2) IPC_RMID ("Immediately remove");
 * POSIX.1-2017 XBD 3.167 (an IPC identifier remains until removed).
 */
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "objects outlive the process that created them",
          .ref = "sysvipc(7); shmctl(2), semctl(2), msgctl(2) IPC_RMID", .tags = "keys,lifetime");

static enum ipcs_sysv facility;
static key_t key;

static void creator(void *arg)
{
	(void)arg;
	ipcs_sysv_new(facility, key, IPC_CREAT | IPC_EXCL | 0600);
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	key = ipcs_unique_key();
	pid_t pid = ipcs_spawn(creator, NULL);
	IPCS_ASSERT_TRUE(IPCS_EXPECT_CHILD_EXIT(pid, 0));
	int id;
	IPCS_ASSERT_OK(id = ipcs_sysv_get(f, key, 0600));
	ipcs_sysv_track(f, id);
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_OK(ipcs_sysv_stat(f, id, &ds));
	if (f == IPCS_SYSV_SHM)
		IPCS_EXPECT_EQ(ds.shm.shm_cpid, pid);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
