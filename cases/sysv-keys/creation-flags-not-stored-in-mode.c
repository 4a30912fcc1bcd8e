/*
 * Only the permission bits of the get call's flags are kept: an object
 * created with IPC_CREAT | IPC_EXCL | 0777 reports mode 0777 exactly, with
 * neither flag (nor anything else) above the nine permission bits.
 *
 * Ref: semget(2) DESCRIPTION ("Upon creation, the least significant 9 bits
 * of the argument semflg define the permissions"), msgget(2) DESCRIPTION,
 * shmget(2) DESCRIPTION ("The least significant 9 bits of shm_perm.mode
 * are set to the least significant 9 bit of shmflg"); POSIX.1-2017 semget
 * ("The low-order 9 bits of sem_perm.mode shall be set to the low-order 9
 * bits of semflg"); ipc/sem.c newary(), msg.c newque(), shm.c newseg()
 * keep flags & S_IRWXUGO.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new object's mode holds the 9 permission bits only, no creation flags",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION; POSIX.1-2017 semget",
          .tags = "ipc_perm");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int keyed = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0777);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, keyed);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &ds)->mode, 0777);
	int private_id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0751);
	ds = ipcs_sysv_stat_safe(f, private_id);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &ds)->mode, 0751);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
