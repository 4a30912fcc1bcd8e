/*
 * semop() fails with E2BIG when nsops exceeds SEMOPM, the third field of
 * /proc/sys/kernel/sem; nsops equal to SEMOPM is accepted. Nothing is done
 * by the failing call.
 *
 * Ref: semop(2) ERRORS E2BIG ("The argument nsops is greater than SEMOPM"),
 * "Semaphore limits" SEMOPM; proc(5) /proc/sys/kernel/sem.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semop fails with E2BIG when nsops > SEMOPM from /proc/sys/kernel/sem and "
                      "accepts nsops == SEMOPM",
          .ref = "semop(2) ERRORS E2BIG, Semaphore limits; proc(5) /proc/sys/kernel/sem",
          .tags = "semop,limits,errno");

static void check_semopm(long semopm)
{
	int semid = ipcs_sem_new(1);
	struct sembuf *ops = calloc((size_t)semopm + 1, sizeof *ops);
	if (!ops)
		IPCS_BROKEN("out of memory");
	for (long i = 0; i <= semopm; i++)
		ops[i] = (struct sembuf){.sem_num = 0, .sem_op = 1};
	IPCS_EXPECT_ERRNO(semop(semid, ops, (size_t)semopm + 1), E2BIG);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
	IPCS_EXPECT_OK(semop(semid, ops, (size_t)semopm));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), semopm);
	free(ops);
}

IPCS_TEST(current_semopm)
{
	struct ipcs_sem_limits l;
	ipcs_sem_limits(&l);
	if (l.semopm > 32767)
		IPCS_SKIP("SEMOPM is %ld, more increments than SEMVMX allows", l.semopm);
	check_semopm(l.semopm);
}

IPCS_MAIN(current_semopm)
