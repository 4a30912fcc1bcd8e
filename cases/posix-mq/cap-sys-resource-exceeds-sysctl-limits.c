/*
 * A process with CAP_SYS_RESOURCE may create a queue whose mq_maxmsg exceeds
 * msg_max and whose mq_msgsize exceeds msgsize_max, and may create queues
 * beyond queues_max; the same process without the capability gets EINVAL
 * and ENOSPC.
 *
 * Ref: mq_overview(7) /proc interfaces ("The msg_max limit is ignored for
 * privileged processes (CAP_SYS_RESOURCE)", "The msgsize_max limit is
 * ignored for privileged process (CAP_SYS_RESOURCE)", queues_max
 * "privileged processes (CAP_SYS_RESOURCE) can exceed the limit"); mq_open(3)
 * ERRORS EINVAL ("In a process that is unprivileged (does not have the
 * CAP_SYS_RESOURCE capability) ..."), ENOSPC.
 */
#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_SYS_RESOURCE lets mq_open exceed msg_max, msgsize_max and queues_max",
          .ref = "mq_overview(7) /proc interfaces; mq_open(3) ERRORS EINVAL, ENOSPC",
          .caps = IPCS_CAP(IPCS_CAP_SYS_RESOURCE), .features = "mq_open",
          .tags = "mq_open,limits,sysctl,capabilities");

static mqd_t try_create(long maxmsg, long msgsize)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "cap");
	struct mq_attr attr = {.mq_maxmsg = maxmsg, .mq_msgsize = msgsize};
	return ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
}

/* The new namespace must have kept the capability (unshare(CLONE_NEWIPC)
 * alone, not a new user namespace). */
static void enter(void)
{
	ipcs_mq_enter_new_ipc_ns();
	if (!ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		IPCS_SKIP("CAP_SYS_RESOURCE was lost entering a new IPC namespace");
}

IPCS_TEST(attributes_above_sysctl_max)
{
	enter();
	IPCS_MQ_SET_LIMIT("msg_max", 4);
	IPCS_MQ_SET_LIMIT("msgsize_max", 256);
	IPCS_EXPECT_OK(try_create(5, 16));
	IPCS_EXPECT_OK(try_create(2, 257));
	/* Control: the same requests without the capability. */
	ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	IPCS_EXPECT_ERRNO(try_create(5, 16), EINVAL);
	IPCS_EXPECT_ERRNO(try_create(2, 257), EINVAL);
}

IPCS_TEST(queues_beyond_queues_max)
{
	enter();
	IPCS_MQ_SET_LIMIT("queues_max", 1);
	IPCS_EXPECT_OK(try_create(1, 8));
	IPCS_EXPECT_OK(try_create(1, 8)); /* the second is beyond the limit */
	ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	IPCS_EXPECT_ERRNO(try_create(1, 8), ENOSPC);
}

IPCS_MAIN(attributes_above_sysctl_max, queues_beyond_queues_max)
