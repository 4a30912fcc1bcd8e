/*
 * A semop() with sem_op > 0 adds sem_op to the value and never waits, even
 * with waiters queued on other operations; on success sempid becomes the
 * caller's PID and sem_otime the current time.
 *
 * Ref: semop(2) DESCRIPTION ("If sem_op is a positive integer, the operation
 * adds this value to the semaphore value (semval) ... This operation can
 * always proceed"; "On successful completion, the sempid value for each
 * semaphore specified in the array pointed to by sops is set to the caller's
 * process ID. In addition, the sem_otime is set to the current time");
 * POSIX.1-2017 semop.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop with sem_op > 0 adds to the value without waiting and sets sempid "
                      "and sem_otime",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "semop,increment");

IPCS_TEST(adds_to_the_value)
{
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 0, 5);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 3, IPC_NOWAIT));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 8);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 0);
}

IPCS_TEST(sets_sempid_and_otime)
{
	int semid = ipcs_sem_new(2);
	long long before = ipcs_realtime_s();
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, 1, 0));
	long long after = ipcs_realtime_s();
	IPCS_EXPECT_EQ(semctl(semid, 1, GETPID), getpid());
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), 0); /* not operated on */
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	IPCS_EXPECT_GE(ds.sem_otime, before);
	IPCS_EXPECT_LE(ds.sem_otime, after);
}

IPCS_MAIN(adds_to_the_value, sets_sempid_and_otime)
