/*
 * Registered on a queue that already holds messages, a process is notified
 * only after the queue has been emptied and a new message arrives.
 *
 * Ref: mq_notify(3) DESCRIPTION ("Message notification occurs only when a
 * new message arrives and the queue was previously empty. If the queue was
 * not empty at the time mq_notify() was called, then a notification will
 * occur only after the queue is emptied and a new message arrives").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "notification happens only for a message arriving on an empty queue",
          .ref = "mq_notify(3) DESCRIPTION", .features = "mq_open", .tags = "mq_notify,signal");

IPCS_TEST(non_empty_queue_not_notified)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 16);
	ipcs_block_signal(SIGUSR1);
	IPCS_MQ_PUT(q, "old", 0);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));

	IPCS_MQ_PUT(q, "second", 9); /* even of higher priority */
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	IPCS_MQ_EXPECT_RCV(q, "second", 9);
	IPCS_MQ_EXPECT_RCV(q, "old", 0); /* empty now */
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	IPCS_MQ_PUT(q, "fresh", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(non_empty_queue_not_notified)
