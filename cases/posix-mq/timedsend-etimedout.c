/*
 * mq_timedsend() on a full queue waits until its absolute CLOCK_REALTIME
 * deadline and then fails with ETIMEDOUT, queueing nothing.
 *
 * Ref: mq_send(3) DESCRIPTION ("If the queue is full, and the timeout has
 * already expired by the time of the call, mq_timedsend() returns
 * immediately"), ERRORS ETIMEDOUT; POSIX.1-2017 mq_timedsend ("the wait for
 * sufficient room in the queue shall be terminated when the specified
 * timeout expires"), ERRORS [ETIMEDOUT].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_timedsend on a full queue fails with ETIMEDOUT at the deadline",
          .ref = "mq_send(3) DESCRIPTION, ERRORS; POSIX.1-2017 mq_timedsend", .features = "mq_open",
          .tags = "mq_timedsend,timeout");

IPCS_TEST(full_queue_times_out)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "full", 0);
	struct timespec deadline = ipcs_deadline_ms(CLOCK_REALTIME, 50);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(mq_timedsend(q, "more", 4, 0, &deadline), ETIMEDOUT);
	int64_t ms = ipcs_ms_since(start);
	IPCS_EXPECT_DEADLINE_REACHED(CLOCK_REALTIME, &deadline);
	IPCS_EXPECT_LT(ms, 5000);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_TEST(past_deadline_returns_at_once)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "full", 0);
	struct timespec past = ipcs_deadline_ms(CLOCK_REALTIME, -1000);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(mq_timedsend(q, "more", 4, 0, &past), ETIMEDOUT);
	IPCS_EXPECT_LT(ipcs_ms_since(start), 2000);
}

IPCS_MAIN(full_queue_times_out, past_deadline_returns_at_once)
