/*
 * Priorities run from 0 to MQ_PRIO_MAX - 1: the highest is accepted and
 * received as such, MQ_PRIO_MAX itself fails with EINVAL and queues nothing.
 *
 * Ref: mq_send(3) DESCRIPTION ("msg_prio ... a nonnegative integer"),
 * mq_overview(7)/sysconf; POSIX.1-2017 mq_send ("The value of msg_prio
 * shall be less than {MQ_PRIO_MAX}"), ERRORS ("[EINVAL] The value of
 * msg_prio was outside the valid range").
 */
#include <limits.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_send with msg_prio >= MQ_PRIO_MAX fails with EINVAL",
          .ref = "mq_send(3) DESCRIPTION; POSIX.1-2017 mq_send ERRORS EINVAL",
          .features = "mq_open", .tags = "mq_send,priority");

IPCS_TEST(prio_max_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	long max = sysconf(_SC_MQ_PRIO_MAX);
	IPCS_EXPECT_EQ(max, MQ_PRIO_MAX);
	IPCS_EXPECT_GE(MQ_PRIO_MAX, 32); /* POSIX _POSIX_MQ_PRIO_MAX */
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 8);
	IPCS_EXPECT_ERRNO(mq_send(q, "x", 1, MQ_PRIO_MAX), EINVAL);
	IPCS_EXPECT_ERRNO(mq_send(q, "x", 1, ~0u), EINVAL);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
	IPCS_EXPECT_OK(mq_send(q, "top", 3, MQ_PRIO_MAX - 1));
	IPCS_MQ_EXPECT_RCV(q, "top", MQ_PRIO_MAX - 1);
}

IPCS_MAIN(prio_max_einval)
