/*
 * SETVAL with a value below 0 or above SEMVMX, and SETALL with any value
 * above SEMVMX, fail with ERANGE and change nothing; SEMVMX itself is
 * accepted.
 *
 * Ref: semctl(2) ERRORS ERANGE ("the value to which semval is to be set (for
 * some semaphore of the set) is less than 0 or greater than the
 * implementation limit SEMVMX"), NOTES SEMVMX.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SETVAL/SETALL fail with ERANGE for values < 0 or > SEMVMX, changing "
                      "nothing",
          .ref = "semctl(2) ERRORS ERANGE, NOTES", .tags = "semctl,limits,errno");

IPCS_TEST(setval_out_of_range)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 5);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = -1}), ERANGE);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 32768}), ERANGE);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 5);
	IPCS_EXPECT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 32767}));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 32767);
}

IPCS_TEST(setall_out_of_range)
{
	int semid = ipcs_sem_new(3);
	unsigned short bad[3] = {1, 32768, 2};
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETALL, (union ipcs_semun){.array = bad}), ERANGE);
	unsigned short now[3];
	ipcs_sem_getall(semid, now);
	IPCS_EXPECT_EQ(now[0], 0);
	IPCS_EXPECT_EQ(now[1], 0);
	IPCS_EXPECT_EQ(now[2], 0);
}

IPCS_MAIN(setval_out_of_range, setall_out_of_range)
