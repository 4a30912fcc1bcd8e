/*
 * semget() fails with EINVAL when creating with nsems 0, negative, or above
 * SEMMSL (/proc/sys/kernel/sem field 1), and when looking up a set with an
 * nsems larger than the set's size.
 *
 * Ref: semget(2) DESCRIPTION ("Otherwise, nsems must be greater than 0 and
 * less than or equal to ... SEMMSL"), ERRORS EINVAL (both entries);
 * proc(5) /proc/sys/kernel/sem; ipc/sem.c ksys_semget(), newary(),
 * sem_more_checks().
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semget fails with EINVAL for nsems 0 or < 0 or > SEMMSL on create, and for "
                      "nsems larger than the existing set on lookup",
          .ref = "semget(2) DESCRIPTION, ERRORS EINVAL; proc(5) /proc/sys/kernel/sem",
          .tags = "semget,limits,errno");

IPCS_TEST(create_with_zero_einval)
{
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, 0, IPC_CREAT | 0600), EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(ipcs_unique_key(), 0, IPC_CREAT | IPC_EXCL | 0600),
	                  EINVAL);
}

IPCS_TEST(negative_einval)
{
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, -1, IPC_CREAT | 0600), EINVAL);
}

IPCS_TEST(above_semmsl_einval)
{
	struct ipcs_sem_limits l;
	ipcs_sem_limits(&l);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, (int)l.semmsl + 1, IPC_CREAT | 0600),
	                  EINVAL);
}

IPCS_TEST(lookup_larger_than_set_einval)
{
	key_t key = ipcs_unique_key();
	ipcs_semget(key, 2, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 3, 0600), EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 3, IPC_CREAT | 0600), EINVAL);
}

IPCS_MAIN(create_with_zero_einval, negative_einval, above_semmsl_einval,
          lookup_larger_than_set_einval)
