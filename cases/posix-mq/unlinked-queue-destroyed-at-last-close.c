/*
 * An unlinked queue still open exists until its last descriptor is closed,
 * and is destroyed then: it goes on counting against queues_max until that
 * close, and no longer after it.
 *
 * Ref: mq_unlink(3) DESCRIPTION ("The queue itself is destroyed once any
 * other processes that have the queue open close their descriptors
 * referring to the queue"); POSIX.1-2017 mq_unlink ("destruction of the
 * message queue shall be postponed until all references to the message
 * queue have been closed"); mq_overview(7) queues_max; ipc/mqueue.c
 * mqueue_evict_inode(). Observed through queues_max in an IPC namespace of
 * the test's own.
 */
#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an unlinked queue is destroyed when its last descriptor is closed",
          .ref = "mq_unlink(3) DESCRIPTION; POSIX.1-2017 mq_unlink; mq_overview(7) queues_max",
          .features = "mq_open", .tags = "mq_unlink,lifetime,limits");

static mqd_t try_create(const char *tag)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, tag);
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	return ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
}

IPCS_TEST(destroyed_at_last_close)
{
	ipcs_mq_enter_new_ipc_ns(); /* no other queue in it */
	if (ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	IPCS_MQ_SET_LIMIT("queues_max", 1);
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 1, 8);
	mqd_t q2 = IPCS_MQ_OPEN(name, O_RDONLY);
	IPCS_SAFE(mq_unlink(name));
	ipcs_untrack(IPCS_OBJ_MQ, 0, name);

	/* Unlinked but open: still a queue of this namespace. */
	IPCS_EXPECT_ERRNO(try_create("while-open"), ENOSPC);
	IPCS_SAFE(mq_close(q));
	IPCS_EXPECT_ERRNO(try_create("one-left"), ENOSPC);
	/* The last descriptor closed: the queue is gone. */
	IPCS_SAFE(mq_close(q2));
	IPCS_EXPECT_OK(try_create("after-close"));
}

IPCS_MAIN(destroyed_at_last_close)
