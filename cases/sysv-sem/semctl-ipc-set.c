/*
 * IPC_SET copies sem_perm.uid, sem_perm.gid and the low 9 bits of
 * sem_perm.mode into the set and stamps sem_ctime with the time of the call;
 * cuid, cgid, sem_nsems, sem_otime and the values are left alone, whatever
 * the buffer holds for them (sem_ctime and sem_otime included).
 *
 * sem_ctime is checked against the clock read just before and just after
 * the IPC_SET (the buffer offers 1, far outside): the stamp must be the
 * call's time, to the second. That IPC_SET moves sem_ctime away from an older
 * stamp needs the clock's second to turn between the two: semctl-ctime and
 * sysv-keys/ipc-set-updates-ctime show it, with the one wait each takes.
 *
 * Ref: semctl(2) IPC_SET ("The following members of the structure are
 * updated: sem_perm.uid, sem_perm.gid, and (the least significant 9 bits of)
 * sem_perm.mode"; "updating also its sem_ctime member"); POSIX.1-2017 semctl.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET sets uid, gid and the low 9 mode bits, stamps sem_ctime with the "
                      "call's time and changes nothing else",
          .ref = "semctl(2) IPC_SET; POSIX.1-2017 semctl", .tags = "semctl,ipc-set");

IPCS_TEST(sets_mode_bits_only_low_nine)
{
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 9);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	ds.sem_perm.mode = 07640;
	ds.sem_perm.cuid = ds.sem_perm.cuid + 1; /* not settable */
	ds.sem_nsems = 99;                       /* not settable */
	ds.sem_otime = 12345;                    /* not settable */
	ds.sem_ctime = 1;                        /* stamped by the kernel, not copied */
	long long before = ipcs_realtime_s();
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	long long after = ipcs_realtime_s();
	struct semid_ds now;
	ipcs_sem_stat(semid, &now);
	IPCS_EXPECT_EQ(now.sem_perm.mode & 07777, 0640);
	IPCS_EXPECT_EQ(now.sem_perm.cuid, geteuid());
	IPCS_EXPECT_EQ(now.sem_perm.uid, geteuid());
	IPCS_EXPECT_EQ(now.sem_nsems, 2);
	IPCS_EXPECT_EQ(now.sem_otime, 0);
	IPCS_EXPECT_GE(now.sem_ctime, before);
	IPCS_EXPECT_LE(now.sem_ctime, after);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 9);
}

/* Changing the owner is allowed to the owner (it gives the set away). */
IPCS_TEST(sets_owner_uid_and_gid)
{
	int semid = ipcs_sem_new(1);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	ipcs_require_mapped(ipcs_user_uid(1), ipcs_user_gid(1));
	ds.sem_perm.uid = ipcs_user_uid(1);
	ds.sem_perm.gid = ipcs_user_gid(1);
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	struct semid_ds now;
	ipcs_sem_stat(semid, &now); /* still allowed: the caller is the creator */
	IPCS_EXPECT_EQ(now.sem_perm.uid, ipcs_user_uid(1));
	IPCS_EXPECT_EQ(now.sem_perm.gid, ipcs_user_gid(1));
	IPCS_EXPECT_EQ(now.sem_perm.cuid, geteuid());
	IPCS_EXPECT_EQ(now.sem_perm.cgid, getegid());
}

IPCS_MAIN(sets_mode_bits_only_low_nine, sets_owner_uid_and_gid)
