/*
 * mq_timedreceive() on an empty queue waits until its absolute
 * CLOCK_REALTIME deadline and then fails with ETIMEDOUT.
 *
 * Ref: mq_receive(3) DESCRIPTION ("abs_timeout points to a structure which
 * specifies how long the call will block ... an absolute timeout in seconds
 * and nanoseconds since the Epoch"), ERRORS ETIMEDOUT; POSIX.1-2017
 * mq_timedreceive ("the wait shall be terminated when the specified timeout
 * expires ... based on the CLOCK_REALTIME clock"), ERRORS [ETIMEDOUT].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_timedreceive on an empty queue fails with ETIMEDOUT at the deadline",
          .ref = "mq_receive(3) DESCRIPTION, ERRORS; POSIX.1-2017 mq_timedreceive",
          .features = "mq_open", .tags = "mq_timedreceive,timeout");

IPCS_TEST(empty_queue_times_out)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, sizeof buf);
	struct timespec deadline = ipcs_deadline_ms(CLOCK_REALTIME, 50);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(mq_timedreceive(q, buf, sizeof buf, NULL, &deadline), ETIMEDOUT);
	int64_t ms = ipcs_ms_since(start);
	IPCS_EXPECT_DEADLINE_REACHED(CLOCK_REALTIME, &deadline);
	IPCS_EXPECT_LT(ms, 5000);
}

IPCS_MAIN(empty_queue_times_out)
