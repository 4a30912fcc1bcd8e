/*
 * The process umask does not mask the permission bits of a new System V
 * object: mode 0666 stays 0666 under umask 077.
 *
 * Ref: shmget(2) DESCRIPTION ("The least significant 9 bits of
 * shm_perm.mode are set to the least significant 9 bit of shmflg": no
 * umask is mentioned, unlike open(2)); semget(2), msgget(2) likewise;
 * ipc/util.c ipcget_new() and newseg() copy the flags' mode bits as given.
 */
#include <sys/stat.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "the umask is not applied to a new object's mode",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION; ipc/shm.c newseg()",
          .tags = "ipc_perm");

static void check(enum ipcs_sysv f)
{
	umask(077);
	int id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0666);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, id);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &ds)->mode & 0777, 0666);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
