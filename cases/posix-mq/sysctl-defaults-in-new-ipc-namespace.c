/*
 * A new IPC namespace starts with the documented defaults in
 * /proc/sys/fs/mqueue: msg_max 10, msgsize_max 8192, msg_default 10,
 * msgsize_default 8192 and queues_max 256; a queue created there with attr
 * NULL gets mq_maxmsg 10 and mq_msgsize 8192.
 *
 * Ref: mq_overview(7) /proc interfaces ("The default value for this file is
 * 10" (msg_default), "The default value for msg_max is 10", "The default
 * value for this file is 8192 (bytes)" (msgsize_default), "The default value
 * for msgsize_max is 8192 bytes", "The default value for queues_max is
 * 256"); ipc_namespaces(7) ("The /proc interfaces ... distinct in each IPC
 * namespace: ... the POSIX message queue interfaces in /proc/sys/fs/mqueue");
 * ipc/mqueue.c mq_init_ns().
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new IPC namespace has the documented /proc/sys/fs/mqueue defaults",
          .ref = "mq_overview(7) /proc interfaces; ipc_namespaces(7)", .features = "mq_open",
          .min_kernel = "3.5", .tags = "sysctl,limits,namespace");

IPCS_TEST(limits_start_at_defaults)
{
	ipcs_mq_enter_new_ipc_ns();
	IPCS_EXPECT_EQ(ipcs_mq_limit("msg_max"), 10);
	IPCS_EXPECT_EQ(ipcs_mq_limit("msgsize_max"), 8192);
	IPCS_EXPECT_EQ(ipcs_mq_limit("msg_default"), 10);
	IPCS_EXPECT_EQ(ipcs_mq_limit("msgsize_default"), 8192);
	IPCS_EXPECT_EQ(ipcs_mq_limit("queues_max"), 256);
}

IPCS_TEST(null_attr_queue_gets_defaults)
{
	ipcs_mq_enter_new_ipc_ns();
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "dflt");
	mqd_t q;
	IPCS_ASSERT_OK(q = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, NULL));
	struct mq_attr attr;
	IPCS_MQ_ATTR(q, &attr);
	IPCS_EXPECT_EQ(attr.mq_maxmsg, 10);
	IPCS_EXPECT_EQ(attr.mq_msgsize, 8192);
}

IPCS_MAIN(limits_start_at_defaults, null_attr_queue_gets_defaults)
