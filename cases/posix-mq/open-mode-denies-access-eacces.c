/*
 * Opening an existing queue for an access its mode does not grant to the
 * caller fails with EACCES; the access it grants succeeds.
 *
 * Ref: mq_open(3) ERRORS ("EACCES The queue exists, but the caller does not
 * have permission to open it in the specified mode"); POSIX.1-2017 mq_open
 * ERRORS ("[EACCES] The message queue exists and the permissions specified
 * by oflag are denied").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open asking for an access the queue's mode denies fails with EACCES",
          .ref = "mq_open(3) ERRORS EACCES; POSIX.1-2017 mq_open ERRORS",
          .needs = IPCS_NEEDS_UNPRIV, .features = "mq_open", .tags = "mq_open,permissions");

static char name[IPCS_MQ_NAME_MAX];

static void opener(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	mqd_t q;
	IPCS_EXPECT_ERRNO(mq_open(name, O_WRONLY), EACCES);
	IPCS_EXPECT_ERRNO(mq_open(name, O_RDWR), EACCES);
	IPCS_EXPECT_OK(q = mq_open(name, O_RDONLY));
}

IPCS_TEST(write_open_of_read_only_queue_eacces)
{
	umask(0);
	/* 0444: read for everyone, write for no one (the owner included). */
	mqd_t q = ipcs_mq_new_(name, O_RDONLY, 0444, 1, 8, __FILE__, __LINE__);
	(void)q;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(opener, NULL), 0);
}

IPCS_MAIN(write_open_of_read_only_queue_eacces)
