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
          .ref = "mq_overview(7) /proc interfaces; mq_open(3) DESCRIPTION", .features = "mq_open",
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
	ipcs_mq_enter_new_ipc_ns();
	IPCS_MQ_SET_LIMIT("msg_max", 10);
	IPCS_MQ_SET_LIMIT("msgsize_max", 8192);
	IPCS_MQ_SET_LIMIT("msg_default", 3);
	IPCS_MQ_SET_LIMIT("msgsize_default", 200);
	expect_defaults(3, 200);
}

IPCS_TEST(defaults_capped_by_maxima)
{
	ipcs_mq_enter_new_ipc_ns();
	IPCS_MQ_SET_LIMIT("msg_default", 7);
	IPCS_MQ_SET_LIMIT("msgsize_default", 4000);
	IPCS_MQ_SET_LIMIT("msg_max", 2);
	IPCS_MQ_SET_LIMIT("msgsize_max", 300);
	expect_defaults(2, 300);
}

IPCS_MAIN(defaults_from_sysctls, defaults_capped_by_maxima)
