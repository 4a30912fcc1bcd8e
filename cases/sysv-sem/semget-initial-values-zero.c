/*
 * On Linux every semaphore of a new set starts with value 0, no waiters
 * (semncnt and semzcnt 0) and sempid 0. The pages call the initial values
 * indeterminate (as POSIX does) and say Linux initializes them to 0.
 *
 * Ref: semget(2) NOTES "Semaphore initialization" ("Although Linux, like many
 * other implementations, initializes the semaphore values to 0"); kernel
 * ipc/sem.c newary() (the set is zeroed).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new set's semaphores start at value 0 with semncnt, semzcnt and sempid 0 "
                      "(Linux; POSIX leaves the values indeterminate)",
          .ref = "semget(2) NOTES; ipc/sem.c newary()", .tags = "semget,initial-state");

#define NSEMS 8

IPCS_TEST(values_and_counts_start_at_zero)
{
	int semid = ipcs_sem_new(NSEMS);
	unsigned short vals[NSEMS];
	for (int i = 0; i < NSEMS; i++)
		vals[i] = 0xbeef;
	IPCS_ASSERT_OK(semctl(semid, 0, GETALL, (union ipcs_semun){.array = vals}));
	for (int i = 0; i < NSEMS; i++) {
		IPCS_EXPECT_EQ(vals[i], 0);
		IPCS_EXPECT_EQ(semctl(semid, i, GETVAL), 0);
		IPCS_EXPECT_EQ(semctl(semid, i, GETNCNT), 0);
		IPCS_EXPECT_EQ(semctl(semid, i, GETZCNT), 0);
		IPCS_EXPECT_EQ(semctl(semid, i, GETPID), 0);
	}
}

IPCS_MAIN(values_and_counts_start_at_zero)
