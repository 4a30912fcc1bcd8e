/*
 * SETALL sets every semaphore's value from arg.array and GETALL reads them
 * all back; both ignore semnum. SETALL stamps sem_ctime with the time of the
 * call and, since Linux 4.6, sets every semaphore's sempid to the caller.
 *
 * sem_ctime is checked against the clock read just before and just after
 * the SETALL: the stamp must be the call's time, to the second. That SETALL
 * moves sem_ctime away from an older stamp needs the clock's second to turn
 * between the two: semctl-ctime shows it, with the one wait it takes.
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
          .behavior = "SETALL sets all values (semnum ignored), stamps sem_ctime with the call's "
                      "time and sets sempid; GETALL reads them back",
          .ref = "semctl(2) SETALL, GETALL, NOTES; POSIX.1-2017 semctl", .min_kernel = "4.6",
          .tags = "semctl,setall,getall");

IPCS_TEST(setall_then_getall)
{
	int semid = ipcs_sem_new(4);
	unsigned short in[4] = {0, 1, 32767, 42}, out[4] = {9, 9, 9, 9};
	long long before = ipcs_realtime_s();
	IPCS_EXPECT_EQ(semctl(semid, 777, SETALL, (union ipcs_semun){.array = in}), 0);
	long long after = ipcs_realtime_s();
	IPCS_EXPECT_EQ(semctl(semid, 555, GETALL, (union ipcs_semun){.array = out}), 0);
	IPCS_EXPECT_MEMEQ(out, in, sizeof in);
	for (int i = 0; i < 4; i++) {
		IPCS_EXPECT_EQ(semctl(semid, i, GETVAL), in[i]);
		IPCS_EXPECT_EQ(semctl(semid, i, GETPID), getpid());
	}
	struct semid_ds now;
	ipcs_sem_stat(semid, &now);
	IPCS_EXPECT_GE(now.sem_ctime, before);
	IPCS_EXPECT_LE(now.sem_ctime, after);
	IPCS_EXPECT_EQ(now.sem_otime, 0);
}

IPCS_MAIN(setall_then_getall)
