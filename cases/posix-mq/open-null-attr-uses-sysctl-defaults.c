/*
 * A queue created with attr NULL gets mq_maxmsg = min(msg_default, msg_max)
 * and mq_msgsize = min(msgsize_default, msgsize_max), from
 * /proc/sys/fs/mqueue of its IPC namespace.
 *
 * Ref: mq_overview(7) /proc interfaces ("msg_default ... the value used for
 * a new queue's mq_maxmsg setting when the queue is created with a call to
 * mq_open(3) where attr is specified as NULL ... A new queue's default
 * mq_maxmsg value will be the smaller of msg_default and msg_max";
 * msgsize_default "If msgsize_default exceeds msgsize_max, a new queue's
 * default mq_msgsize value is capped to the msgsize_max limit"); mq_open(3)
 * DESCRIPTION.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a queue created with attr NULL takes msg_default and msgsize_default, "
                      "capped by msg_max and msgsize_max",
          .ref = "mq_overview(7) /proc interfaces; mq_open(3) DESCRIPTION",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .features = "mq_open",
          .tags = "mq_open,attributes,sysctl", .min_kernel = "3.5");

static void expect_defaults(long maxmsg, long msgsize)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "dflt");
	mqd_t q;
	IPCS_ASSERT_OK(q = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, NULL));
	struct mq_attr attr;
	IPCS_MQ_ATTR(q, &attr);
	IPCS_EXPECT_EQ(attr.mq_maxmsg, maxmsg);
	IPCS_EXPECT_EQ(attr.mq_msgsize, msgsize);
}

IPCS_TEST(defaults_from_sysctls)
{
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msg_max", "10");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msgsize_max", "8192");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msg_default", "3");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msgsize_default", "200");
	expect_defaults(3, 200);
}

IPCS_TEST(defaults_capped_by_maxima)
{
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msg_default", "7");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msgsize_default", "4000");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msg_max", "2");
	ipcs_sysctl_set(IPCS_MQ_SYSCTL "msgsize_max", "300");
	expect_defaults(2, 300);
}

IPCS_MAIN(defaults_from_sysctls, defaults_capped_by_maxima)
