/*
 * A child made by fork() has its own copies of the parent's queue
 * descriptors, referring to the same queues: it can receive what the parent
 * sent and send what the parent receives; its close leaves the parent's
 * descriptor open.
 *
 * Ref: fork(2) DESCRIPTION ("The child inherits copies of the parent's set
 * of open message queue descriptors (see mq_overview(7)). Each file
 * descriptor in the child refers to the same open message queue description
 * as the corresponding file descriptor in the parent"); POSIX.1-2017 fork
 * ("The child process shall have its own copy of the message queue
 * descriptors of the parent").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a forked child's copies of queue descriptors reach the same queues",
          .ref = "fork(2) DESCRIPTION; POSIX.1-2017 fork", .features = "mq_open",
          .tags = "fork,lifetime");

static mqd_t q;

static void child(void *arg)
{
	(void)arg;
	IPCS_MQ_EXPECT_RCV(q, "to child", 1);
	IPCS_MQ_PUT(q, "to parent", 2);
	IPCS_SAFE(mq_close(q));
}

IPCS_TEST(child_uses_inherited_descriptor)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	IPCS_MQ_PUT(q, "to child", 1);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child, NULL), 0);
	IPCS_MQ_EXPECT_RCV(q, "to parent", 2); /* still open here */
}

IPCS_MAIN(child_uses_inherited_descriptor)
