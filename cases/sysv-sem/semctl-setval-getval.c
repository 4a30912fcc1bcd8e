/*
 * SETVAL sets one semaphore's value, GETVAL returns it; SETVAL updates
 * sem_ctime and (Linux) sets that semaphore's sempid to the caller, leaving
 * sem_otime and the other semaphores alone.
 *
 * Ref: semctl(2) SETVAL ("updating also the sem_ctime member"), GETVAL,
 * RETURN VALUE, NOTES "The sempid value" ("Linux also updates sempid for
 * SETVAL operations"); POSIX.1-2017 semctl.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SETVAL sets one value, updates sem_ctime and its sempid (Linux); GETVAL "
                      "returns the value",
          .ref = "semctl(2) SETVAL, GETVAL, NOTES; POSIX.1-2017 semctl",
          .tags = "semctl,setval,getval");

IPCS_TEST(setval_then_getval)
{
	int semid = ipcs_sem_new(3);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	IPCS_WAIT_REALTIME_AFTER(ds.sem_ctime);
	IPCS_EXPECT_EQ(semctl(semid, 1, SETVAL, (union ipcs_semun){.val = 1234}), 0);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 1234);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 2, GETVAL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETPID), getpid());
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), 0);
	struct semid_ds now;
	ipcs_sem_stat(semid, &now);
	IPCS_EXPECT_GT(now.sem_ctime, ds.sem_ctime);
	IPCS_EXPECT_EQ(now.sem_otime, 0);
}

IPCS_MAIN(setval_then_getval)
