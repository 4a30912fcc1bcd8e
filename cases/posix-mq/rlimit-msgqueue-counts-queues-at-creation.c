/*
 * RLIMIT_MSGQUEUE counts the full size of every queue a user creates from
 * its creation, whether or not it holds messages: a second queue that fits
 * the limit alone fails (EMFILE on Linux) while the first, empty, exists,
 * and succeeds once the first is gone.
 *
 * Ref: getrlimit(2) RLIMIT_MSGQUEUE ("Each message queue that the user
 * creates counts (until it is removed) against this limit according to the
 * formula ... attr.mq_maxmsg * sizeof(struct msg_msg) + attr.mq_maxmsg *
 * attr.mq_msgsize"); mq_overview(7) Resource limit. No page names the
 * errno: ipc/mqueue.c mqueue_get_inode() returns -EMFILE, hence level
 * kernel.
 */
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "RLIMIT_MSGQUEUE counts each queue's bytes from creation: EMFILE for the "
                      "queue beyond it (kernel)",
          .ref = "getrlimit(2) RLIMIT_MSGQUEUE; mq_overview(7); ipc/mqueue.c mqueue_get_inode",
          .features = "mq_open", .tags = "mq_open,limits,rlimit");

/* Since Linux 5.14 the bytes are counted per user and user namespace
 * (ucounts): in a new user namespace this user's count starts at zero, so
 * queues other processes of the same user make meanwhile do not interfere. */
static void enter_new_user_ns(void)
{
	if (ipcs_unshare_user_ns(0, false) == -1)
		IPCS_NOTE("unshare(CLONE_NEWUSER): %s; counting with this user's other queues",
		          ipcs_errno_name(errno));
}

static mqd_t create(const char *name)
{
	/* About 40 KB each: one fits under 60000 bytes, two do not. Within
	 * the default msg_max (10) and msgsize_max (8192). */
	struct mq_attr attr = {.mq_maxmsg = 5, .mq_msgsize = 8000};
	return ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
}

IPCS_TEST(empty_queue_counts_against_limit)
{
	enter_new_user_ns();
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MSGQUEUE, &rl));
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < 60000)
		IPCS_SKIP("hard RLIMIT_MSGQUEUE is only %llu bytes",
		          (unsigned long long)rl.rlim_max);
	rl.rlim_cur = 60000;
	IPCS_SAFE(setrlimit(RLIMIT_MSGQUEUE, &rl));

	char a[IPCS_MQ_NAME_MAX], b[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(a, sizeof a, "first");
	ipcs_unique_name(b, sizeof b, "second");
	/* Setup: the second queue alone fits. */
	mqd_t qb = create(b);
	if (qb == (mqd_t)-1 && errno == EINVAL)
		IPCS_SKIP("msg_max or msgsize_max here is below 5 messages of 8000 bytes");
	if (qb == (mqd_t)-1 && errno == EMFILE)
		IPCS_SKIP("this user's other queues leave less than 40 KB under RLIMIT_MSGQUEUE");
	if (qb == (mqd_t)-1)
		IPCS_BROKEN_ERRNO("mq_open(%s)", b);
	IPCS_SAFE(mq_close(qb));
	IPCS_SAFE(mq_unlink(b));
	ipcs_untrack(IPCS_OBJ_MQ, 0, b);

	mqd_t qa = create(a);
	if (qa == (mqd_t)-1)
		IPCS_BROKEN_ERRNO("mq_open(%s)", a);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(qa), 0);
	IPCS_EXPECT_ERRNO(create(b), EMFILE);

	/* The first queue gone, its bytes are released. */
	IPCS_SAFE(mq_close(qa));
	IPCS_SAFE(mq_unlink(a));
	ipcs_untrack(IPCS_OBJ_MQ, 0, a);
	IPCS_EXPECT_OK(create(b));
}

IPCS_MAIN(empty_queue_counts_against_limit)
