/*
 * Creating a queue whose bytes would take its user beyond RLIMIT_MSGQUEUE
 * fails, with EMFILE on Linux (kernel); within the limit it succeeds.
 *
 * Ref: getrlimit(2) RLIMIT_MSGQUEUE ("This limit is enforced for
 * mq_open(3). Each message queue that the user creates counts (until it is
 * removed) against this limit"); mq_overview(7) Resource limit. No page
 * names the errno: ipc/mqueue.c mqueue_get_inode() returns -EMFILE.
 */
#include <sys/resource.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "mq_open beyond RLIMIT_MSGQUEUE fails with EMFILE (kernel)",
          .ref = "getrlimit(2) RLIMIT_MSGQUEUE; mq_overview(7); ipc/mqueue.c mqueue_get_inode",
          .features = "mq_open", .tags = "mq_open,limits,rlimit");

static void set_limit(rlim_t soft)
{
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MSGQUEUE, &rl));
	rl.rlim_cur = soft;
	IPCS_SAFE(setrlimit(RLIMIT_MSGQUEUE, &rl));
}

IPCS_TEST(zero_limit_refuses_any_queue_emfile)
{
	/* Limit 0: even the smallest queue counts some bytes. The user's
	 * other queues, wherever they are, cannot make it pass. */
	set_limit(0);
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "rlim");
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 1};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), EMFILE);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENOENT); /* nothing made */
}

IPCS_TEST(queue_larger_than_limit_emfile)
{
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MSGQUEUE, &rl));
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < 256 * 1024)
		IPCS_SKIP("hard RLIMIT_MSGQUEUE is only %llu bytes",
		          (unsigned long long)rl.rlim_max);
	set_limit(64 * 1024);
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "big");
	/* 10 x 8192 bytes of messages alone exceed 64 KiB. */
	struct mq_attr big = {.mq_maxmsg = 10, .mq_msgsize = 8192};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &big), EMFILE);
	/* Control: with the limit back at the hard limit the same queue is
	 * created. Only an unlimited hard limit makes this independent of the
	 * user's other queues (the count is per user, not per process). */
	set_limit(rl.rlim_max);
	mqd_t q = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &big);
	if (q == (mqd_t)-1 && errno == EMFILE && rl.rlim_max != RLIM_INFINITY)
		IPCS_SKIP("this user's other queues leave less than %ld bytes below the hard "
		          "RLIMIT_MSGQUEUE (%llu)",
		          10L * 8192, (unsigned long long)rl.rlim_max);
	IPCS_EXPECT_TRUE(q != (mqd_t)-1);
}

IPCS_MAIN(zero_limit_refuses_any_queue_emfile, queue_larger_than_limit_emfile)
