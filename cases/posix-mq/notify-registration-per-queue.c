/*
 * A notification registration belongs to one queue: a process registered
 * on two queues is notified for each by its own registration, and a
 * message on one uses up only that queue's.
 *
 * Ref: POSIX.1-2017 mq_notify ("register the calling process to be notified
 * of message arrival at an empty message queue associated with the
 * specified message queue descriptor, mqdes"); mq_notify(3) DESCRIPTION
 * ("register for delivery of an asynchronous notification when a new
 * message arrives on the empty message queue referred to by the message
 * queue descriptor mqdes").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_notify registrations are per queue: each queue notifies by its own",
          .ref = "POSIX.1-2017 mq_notify; mq_notify(3) DESCRIPTION", .features = "mq_open",
          .tags = "mq_notify,signal");

/* The notification signal is queued by mq_send itself (ipc/mqueue.c
 * __do_notify runs inside the send), so it is pending, blocked, as soon as
 * mq_send returns. */
IPCS_TEST(each_queue_its_own_registration)
{
	char na[IPCS_MQ_NAME_MAX], nb[IPCS_MQ_NAME_MAX];
	mqd_t a = IPCS_MQ_NEW(na, O_RDWR | O_NONBLOCK, 2, 16);
	mqd_t b = IPCS_MQ_NEW(nb, O_RDWR | O_NONBLOCK, 2, 16);
	ipcs_block_signal(SIGUSR1);
	ipcs_block_signal(SIGUSR2);
	struct sigevent on_a = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	struct sigevent on_b = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2};
	IPCS_ASSERT_OK(mq_notify(a, &on_a));
	IPCS_EXPECT_OK(mq_notify(b, &on_b)); /* the first does not hold the second queue */

	IPCS_MQ_PUT(b, "to-b", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR2));
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	/* b's notification did not use up a's registration. */
	IPCS_MQ_PUT(a, "to-a", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(each_queue_its_own_registration)
