/*
 * semget(IPC_PRIVATE, ...) always creates a new set, with or without
 * IPC_CREAT, and ignores every semflg bit but the low 9 (IPC_EXCL included).
 *
 * Ref: semget(2) DESCRIPTION ("A new set of nsems semaphores is created if key
 * has the value IPC_PRIVATE"), NOTES ("If this special value is used for key,
 * the system call ignores all but the least significant 9 bits of semflg and
 * creates a new semaphore set"); POSIX.1-2017 semget.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semget with IPC_PRIVATE creates a new set every time, whatever the flags "
                      "above the 9 permission bits",
          .ref = "semget(2) DESCRIPTION, NOTES; POSIX.1-2017 semget", .tags = "semget");

IPCS_TEST(new_set_without_ipc_creat)
{
	int a = ipcs_semget(IPC_PRIVATE, 1, 0600);
	int b = ipcs_semget(IPC_PRIVATE, 1, 0600);
	IPCS_EXPECT_NE(a, b);
	struct semid_ds ds;
	ipcs_sem_stat(a, &ds);
	IPCS_EXPECT_EQ(ds.sem_perm.__key, IPC_PRIVATE);
}

IPCS_TEST(ipc_excl_is_ignored)
{
	int a = ipcs_semget(IPC_PRIVATE, 2, IPC_CREAT | IPC_EXCL | 0600);
	int b = ipcs_semget(IPC_PRIVATE, 2, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_NE(a, b);
}

IPCS_TEST(only_low_nine_bits_become_the_mode)
{
	int semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 07777);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	IPCS_EXPECT_EQ(ds.sem_perm.mode & 07777, 0777);
}

IPCS_MAIN(new_set_without_ipc_creat, ipc_excl_is_ignored, only_low_nine_bits_become_the_mode)
