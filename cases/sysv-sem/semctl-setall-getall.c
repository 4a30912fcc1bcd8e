/*
 * SETALL sets every semaphore's value from arg.array and GETALL reads them
 * all back; both ignore semnum. SETALL updates sem_ctime and, since Linux
 * 4.6, sets every semaphore's sempid to the caller.
 *
 * Ref: semctl(2) SETALL, GETALL ("The argument semnum is ignored"; "updating
 * also the sem_ctime member"), NOTES "The sempid value" ("up to and including
 * Linux 4.5, the kernel did not update sempid for SETALL operations. This was
 * rectified in Linux 4.6"); POSIX.1-2017 semctl.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SETALL sets all values (semnum ignored), updates sem_ctime and sempid; "
                      "GETALL reads them back",
          .ref = "semctl(2) SETALL, GETALL, NOTES; POSIX.1-2017 semctl", .min_kernel = "4.6",
          .tags = "semctl,setall,getall");

IPCS_TEST(setall_then_getall)
{
	int semid = ipcs_sem_new(4);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	unsigned short in[4] = {0, 1, 32767, 42}, out[4] = {9, 9, 9, 9};
	IPCS_WAIT_REALTIME_AFTER(ds.sem_ctime);
	IPCS_EXPECT_EQ(semctl(semid, 777, SETALL, (union ipcs_semun){.array = in}), 0);
	IPCS_EXPECT_EQ(semctl(semid, 555, GETALL, (union ipcs_semun){.array = out}), 0);
	IPCS_EXPECT_MEMEQ(out, in, sizeof in);
	for (int i = 0; i < 4; i++) {
		IPCS_EXPECT_EQ(semctl(semid, i, GETVAL), in[i]);
		IPCS_EXPECT_EQ(semctl(semid, i, GETPID), getpid());
	}
	struct semid_ds now;
	ipcs_sem_stat(semid, &now);
	IPCS_EXPECT_GT(now.sem_ctime, ds.sem_ctime);
	IPCS_EXPECT_EQ(now.sem_otime, 0);
}

IPCS_MAIN(setall_then_getall)
