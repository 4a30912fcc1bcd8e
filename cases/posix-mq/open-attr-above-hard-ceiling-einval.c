/*
 * mq_open() creating a queue with mq_maxmsg above HARD_MSGMAX (65536) or
 * mq_msgsize above HARD_MSGSIZEMAX (16777216) fails with EINVAL, with or
 * without CAP_SYS_RESOURCE.
 *
 * Ref: mq_open(3) ERRORS EINVAL ("even in a privileged process,
 * attr->mq_maxmsg cannot exceed the HARD_MAX limit"); mq_overview(7) /proc
 * interfaces (msg_max: "the HARD_MSGMAX ceiling is nevertheless imposed ...
 * Since Linux 3.5: 65,536"; msgsize_max: "since Linux 3.5, the
 * HARD_MSGSIZEMAX ceiling is enforced for privileged processes"); ipc/mqueue.c
 * mq_attr_ok().
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_open above HARD_MSGMAX or HARD_MSGSIZEMAX fails with EINVAL, even "
                      "privileged",
          .ref = "mq_open(3) ERRORS EINVAL; mq_overview(7) /proc interfaces",
          .caps = IPCS_CAP(IPCS_CAP_SYS_RESOURCE), .features = "mq_open", .min_kernel = "3.5",
          .tags = "mq_open,attributes,limits,capabilities");

static mqd_t try_create(long maxmsg, long msgsize)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "hard");
	struct mq_attr attr = {.mq_maxmsg = maxmsg, .mq_msgsize = msgsize};
	return ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
}

/* A namespace with low sysctl limits: a queue above them proves that the
 * capability is in effect, so the EINVAL that follows is the ceiling's. */
static void privileged_above_sysctl_limits(void)
{
	ipcs_mq_enter_new_ipc_ns();
	if (!ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		IPCS_SKIP("CAP_SYS_RESOURCE was lost entering a new IPC namespace");
	IPCS_MQ_SET_LIMIT("msg_max", 4);
	IPCS_MQ_SET_LIMIT("msgsize_max", 256);
	IPCS_ASSERT_OK(try_create(5, 257));
}

IPCS_TEST(maxmsg_above_hard_msgmax)
{
	privileged_above_sysctl_limits();
	IPCS_EXPECT_ERRNO(try_create(65537, 1), EINVAL);
}

IPCS_TEST(msgsize_above_hard_msgsizemax)
{
	privileged_above_sysctl_limits();
	IPCS_EXPECT_ERRNO(try_create(1, 16777217), EINVAL);
}

IPCS_MAIN(maxmsg_above_hard_msgmax, msgsize_above_hard_msgsizemax)
