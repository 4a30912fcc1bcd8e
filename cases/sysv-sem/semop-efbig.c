/*
 * semop() fails with EFBIG when an operation's sem_num is not below the
 * set's number of semaphores, wherever it is in the array, and performs
 * none of the operations.
 *
 * Ref: semop(2) ERRORS EFBIG ("For some operation the value of sem_num is less
 * than 0 or greater than or equal to the number of semaphores in the set");
 * POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop fails with EFBIG when a sem_num is >= the set's size, performing no "
                      "operation",
          .ref = "semop(2) ERRORS EFBIG; POSIX.1-2017 semop", .tags = "semop,errno");

IPCS_TEST(sem_num_equal_to_nsems_efbig)
{
	int semid = ipcs_sem_new(2);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 2, 1, 0), EFBIG);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 65535, 1, 0), EFBIG);
}

IPCS_TEST(later_operation_efbig_no_effect)
{
	int semid = ipcs_sem_new(2);
	struct sembuf ops[2] = {{0, 1, 0}, {2, 1, 0}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), EFBIG);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(sem_num_equal_to_nsems_efbig, later_operation_efbig_no_effect)
