/*
 * A queue lives in the IPC namespace of the process that created it: a
 * process in another IPC namespace cannot open it by name and may create a
 * queue of the same name independently.
 *
 * Ref: ipc_namespaces(7) ("IPC namespaces isolate certain IPC resources,
 * namely, System V IPC objects and (since Linux 2.6.30) POSIX message
 * queues ... Each IPC namespace has its own set of System V IPC identifiers
 * and its own POSIX message queue filesystem"); mq_overview(7) IPC
 * namespaces.
 */
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a queue is invisible by name from another IPC namespace",
          .ref = "ipc_namespaces(7); mq_overview(7) IPC namespaces", .features = "mq_open",
          .min_kernel = "2.6.30", .tags = "namespaces");

static char name[IPCS_MQ_NAME_MAX];

static void outsider(void *arg)
{
	(void)arg;
	ipcs_enter_new_namespaces(CLONE_NEWIPC, false, "to look from");
	IPCS_EXPECT_ERRNO(mq_open(name, O_RDWR), ENOENT);
	/* The same name is free here; the queue dies with this namespace. */
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	mqd_t q;
	IPCS_EXPECT_OK(q = mq_open(name, O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK, 0600, &attr));
	if (q != (mqd_t)-1)
		IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
}

IPCS_TEST(other_namespace_cannot_open)
{
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 1, 8);
	IPCS_MQ_PUT(q, "home", 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(outsider, NULL), 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1); /* ours is untouched */
}

IPCS_MAIN(other_namespace_cannot_open)
