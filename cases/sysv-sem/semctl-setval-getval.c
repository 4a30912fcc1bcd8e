/*
 * SETVAL sets one semaphore's value, GETVAL returns it; SETVAL stamps
 * sem_ctime with the time of the call and (Linux) sets that semaphore's
 * sempid to the caller, leaving sem_otime and the other semaphores alone.
 *
 * sem_ctime is checked against the clock read just before and just after
 * the SETVAL: the stamp must be the call's time, to the second. That SETVAL
 * moves sem_ctime away from an older stamp needs the clock's second to turn
 * between the two: semctl-ctime shows it, with the one wait it takes.
 *
 * Ref: semctl(2) SETVAL ("updating also the sem_ctime member"), GETVAL,
 * RETURN VALUE, NOTES "The sempid value" ("Linux also updates sempid for
 * SETVAL operations"); POSIX.1-2017 semctl.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SETVAL sets one value, stamps sem_ctime with the call's time and sets its "
                      "sempid (Linux); GETVAL returns the value",
          .ref = "semctl(2) SETVAL, GETVAL, NOTES; POSIX.1-2017 semctl",
          .tags = "semctl,setval,getval");

IPCS_TEST(setval_then_getval)
{
	int semid = ipcs_sem_new(3);
	long long before = ipcs_realtime_s();
	IPCS_EXPECT_EQ(semctl(semid, 1, SETVAL, (union ipcs_semun){.val = 1234}), 0);
	long long after = ipcs_realtime_s();
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 1234);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 2, GETVAL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETPID), getpid());
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), 0);
	struct semid_ds now;
	ipcs_sem_stat(semid, &now);
	IPCS_EXPECT_GE(now.sem_ctime, before);
	IPCS_EXPECT_LE(now.sem_ctime, after);
	IPCS_EXPECT_EQ(now.sem_otime, 0);
}

IPCS_MAIN(setval_then_getval)
