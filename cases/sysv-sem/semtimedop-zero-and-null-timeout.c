/*
 * semtimedop() with a zero timeout fails at once with EAGAIN when it would
 * sleep and succeeds when it can proceed; with a NULL timeout it behaves
 * exactly like semop(), sleeping until woken.
 *
 * Ref: semop(2) semtimedop() ("in those cases where the calling thread would
 * sleep, the duration of that sleep is limited by ... timeout"; "If the
 * timeout argument is NULL, then semtimedop() behaves exactly like semop()").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semtimedop with a zero timeout fails with EAGAIN only when it would sleep; "
                      "with NULL it sleeps like semop",
          .ref = "semop(2) DESCRIPTION semtimedop()", .features = "semtimedop",
          .tags = "semtimedop,timeout");

static int semid;

IPCS_TEST(zero_timeout_eagain_when_it_would_sleep)
{
	semid = ipcs_sem_new(1);
	IPCS_EXPECT_ERRNO(ipcs_semtimedop1(semid, 0, -1, 0, 0), EAGAIN);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	IPCS_EXPECT_OK(ipcs_semtimedop1(semid, 0, 0, 0, 0)); /* value 0: proceeds */
	IPCS_EXPECT_OK(ipcs_semtimedop1(semid, 0, 2, 0, 0));
	IPCS_EXPECT_OK(ipcs_semtimedop1(semid, 0, -1, 0, 0));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

static void null_timeout_waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semtimedop1(semid, 0, -1, 0, -1));
}

IPCS_TEST(null_timeout_sleeps_until_woken)
{
	semid = ipcs_sem_new(1);
	pid_t pid = ipcs_spawn(null_timeout_waiter, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(zero_timeout_eagain_when_it_would_sleep, null_timeout_sleeps_until_woken)
