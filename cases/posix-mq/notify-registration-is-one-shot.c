/*
 * A notification registration is used up by the notification it causes:
 * the next message on the emptied queue notifies no one, until the process
 * registers again.
 *
 * Ref: mq_notify(3) DESCRIPTION ("Notification occurs once: after a
 * notification is delivered, the notification registration is removed, and
 * another process can register"); POSIX.1-2017 mq_notify ("When the
 * notification is sent to the registered process, its registration shall be
 * removed").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a notification removes the registration: the next message notifies no one",
          .ref = "mq_notify(3) DESCRIPTION; POSIX.1-2017 mq_notify", .features = "mq_open",
          .tags = "mq_notify,signal");

/* The notification signal is queued by mq_send itself (ipc/mqueue.c
 * __do_notify runs inside the send), so it is pending, blocked, as soon as
 * mq_send returns. */
IPCS_TEST(second_message_not_notified)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	sigset_t set = ipcs_block_signal(SIGUSR1);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));

	IPCS_MQ_PUT(q, "one", 0);
	IPCS_ASSERT_TRUE(ipcs_signal_pending(SIGUSR1));
	struct timespec zero = {0};
	IPCS_SAFE(sigtimedwait(&set, NULL, &zero)); /* consume it */
	IPCS_MQ_EXPECT_RCV(q, "one", 0);            /* empty again */

	IPCS_MQ_PUT(q, "two", 0);
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	IPCS_MQ_EXPECT_RCV(q, "two", 0);

	/* Registering again works and notifies again. */
	IPCS_EXPECT_OK(mq_notify(q, &sev));
	IPCS_MQ_PUT(q, "three", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(second_message_not_notified)
