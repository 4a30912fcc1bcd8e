/*
 * mq_open() fails with EMFILE when the process has no descriptor number
 * left below RLIMIT_NOFILE, since a queue descriptor takes one.
 *
 * Ref: mq_open(3) ERRORS ("EMFILE The per-process limit on the number of
 * open file and message queue descriptors has been reached (see the
 * description of RLIMIT_NOFILE in getrlimit(2))"); POSIX.1-2017 mq_open
 * ERRORS ("[EMFILE] Too many message queue descriptors or file descriptors
 * are currently in use by this process").
 */
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open with every descriptor below RLIMIT_NOFILE in use fails with EMFILE",
          .ref = "mq_open(3) ERRORS EMFILE; getrlimit(2); POSIX.1-2017 mq_open",
          .features = "mq_open", .tags = "mq_open,limits,rlimit");

IPCS_TEST(no_descriptor_left_emfile)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 8);
	(void)q;
	/* The lowest free number: with the limit there, none is left. */
	int lowest = IPCS_SAFE(dup(0));
	close(lowest);
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_NOFILE, &rl));
	rl.rlim_cur = (rlim_t)lowest;
	IPCS_SAFE(setrlimit(RLIMIT_NOFILE, &rl));
	IPCS_EXPECT_ERRNO(mq_open(name, O_RDONLY), EMFILE);

	rl.rlim_cur = (rlim_t)lowest + 1; /* one number free: it works */
	IPCS_SAFE(setrlimit(RLIMIT_NOFILE, &rl));
	mqd_t again;
	IPCS_EXPECT_OK(again = mq_open(name, O_RDONLY));
}

IPCS_MAIN(no_descriptor_left_emfile)
