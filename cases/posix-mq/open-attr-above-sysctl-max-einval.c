/*
 * Without CAP_SYS_RESOURCE, creating a queue whose mq_maxmsg exceeds
 * /proc/sys/fs/mqueue/msg_max, or whose mq_msgsize exceeds msgsize_max,
 * fails with EINVAL; attributes at the limits are accepted.
 *
 * Ref: mq_open(3) ERRORS EINVAL ("In a process that is unprivileged (does
 * not have the CAP_SYS_RESOURCE capability), attr->mq_maxmsg must be less
 * than or equal to the msg_max limit, and attr->mq_msgsize must be less
 * than or equal to the msgsize_max limit"); mq_overview(7) /proc interfaces.
 */
#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "unprivileged mq_open above msg_max or msgsize_max fails with EINVAL",
          .ref = "mq_open(3) ERRORS EINVAL; mq_overview(7) /proc interfaces", .features = "mq_open",
          .tags = "mq_open,attributes,limits,sysctl");

static void check(long maxmsg, long msgsize, bool accepted)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "lim");
	struct mq_attr attr = {.mq_maxmsg = maxmsg, .mq_msgsize = msgsize};
	if (accepted) {
		mqd_t q;
		IPCS_EXPECT_OK(q = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr));
		if (q != (mqd_t)-1)
			mq_close(q);
	} else {
		IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr),
		                  EINVAL);
	}
}

static void limits(void)
{
	ipcs_mq_enter_new_ipc_ns();
	IPCS_MQ_SET_LIMIT("msg_max", 5);
	IPCS_MQ_SET_LIMIT("msgsize_max", 256);
	if (ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
}

IPCS_TEST(maxmsg_above_msg_max_einval)
{
	limits();
	check(6, 16, false);
	check(5, 16, true);
}

IPCS_TEST(msgsize_above_msgsize_max_einval)
{
	limits();
	check(2, 257, false);
	check(2, 256, true);
}

IPCS_MAIN(maxmsg_above_msg_max_einval, msgsize_above_msgsize_max_einval)
