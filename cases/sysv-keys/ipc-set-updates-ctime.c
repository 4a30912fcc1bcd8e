/*
 * A successful IPC_SET sets the object's change time (sem_ctime, msg_ctime,
 * shm_ctime) to the current time; IPC_STAT leaves it alone.
 *
 * Ref: shmctl(2) IPC_SET ("updating also its shm_ctime member"), shmid_ds
 * ("shm_ctime Time of creation of segment or time of the last shmctl()
 * IPC_SET operation"); msgctl(2) IPC_SET ("msg_ctime"); semctl(2) IPC_SET
 * ("updating also the sem_ctime member"); POSIX.1-2017 shmctl.
 */
#include <time.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET updates the ctime field to the current time; IPC_STAT does not",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_SET; POSIX.1-2017 shmctl",
          .tags = "ipc_perm,ipc_set,times");

/* ctime has a resolution of one second: one wait for a new second covers
 * all three facilities. */
IPCS_TEST(ctime_set_by_ipc_set_for_sem_msg_shm)
{
	int ids[IPCS_SYSV_COUNT];
	time_t created = 0;
	for (int f = 0; f < IPCS_SYSV_COUNT; f++) {
		ids[f] = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0600);
		union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, ids[f]);
		if (ipcs_sysv_ctime(f, &ds) > created)
			created = ipcs_sysv_ctime(f, &ds);
	}
	IPCS_WAIT_REALTIME_AFTER(created);
	for (int f = 0; f < IPCS_SYSV_COUNT; f++) {
		union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, ids[f]);
		time_t before_stat = ipcs_sysv_ctime(f, &ds);
		IPCS_EXPECT_LE(before_stat, created); /* IPC_STAT did not move it */
		time_t start = ipcs_realtime_s();
		ipcs_sysv_perm(f, &ds)->mode = 0640;
		IPCS_ASSERT_OK(ipcs_sysv_set(f, ids[f], &ds));
		time_t end = ipcs_realtime_s();
		union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, ids[f]);
		IPCS_NOTE("%s: ctime %lld -> %lld", ipcs_sysv_name(f), (long long)before_stat,
		          (long long)ipcs_sysv_ctime(f, &after));
		IPCS_EXPECT_GE(ipcs_sysv_ctime(f, &after), start);
		IPCS_EXPECT_LE(ipcs_sysv_ctime(f, &after), end);
	}
}

IPCS_MAIN(ctime_set_by_ipc_set_for_sem_msg_shm)
