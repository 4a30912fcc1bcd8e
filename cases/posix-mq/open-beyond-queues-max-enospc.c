/*
 * Without CAP_SYS_RESOURCE, creating a queue when the IPC namespace already
 * holds /proc/sys/fs/mqueue/queues_max queues fails with ENOSPC.
 *
 * Ref: mq_open(3) ERRORS ("ENOSPC Insufficient space for the creation of a
 * new message queue. This probably occurred because the queues_max limit
 * was encountered"); mq_overview(7) /proc interfaces queues_max
 * ("privileged processes (CAP_SYS_RESOURCE) can exceed the limit");
 * ipc/mqueue.c mqueue_create_attr().
 */
#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "unprivileged mq_open beyond queues_max fails with ENOSPC",
          .ref = "mq_open(3) ERRORS ENOSPC; mq_overview(7) queues_max", .features = "mq_open",
          .tags = "mq_open,limits,sysctl");

IPCS_TEST(queue_beyond_queues_max_enospc)
{
	ipcs_mq_enter_new_ipc_ns();
	if (ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	IPCS_MQ_SET_LIMIT("queues_max", 2);
	char a[IPCS_MQ_NAME_MAX], b[IPCS_MQ_NAME_MAX], c[IPCS_MQ_NAME_MAX];
	mqd_t qa = IPCS_MQ_NEW(a, O_RDWR, 1, 8); /* the namespace is ours: no other queue */
	IPCS_MQ_NEW(b, O_RDWR, 1, 8);
	ipcs_unique_name(c, sizeof c, "third");
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(c, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), ENOSPC);

	/* Removing one makes room again. */
	IPCS_SAFE(mq_close(qa));
	IPCS_SAFE(mq_unlink(a));
	ipcs_untrack(IPCS_OBJ_MQ, 0, a);
	IPCS_EXPECT_OK(ipcs_mq_try_open(c, O_RDWR | O_CREAT | O_EXCL, 0600, &attr));
}

IPCS_MAIN(queue_beyond_queues_max_enospc)
