/*
 * A child that closes its inherited copy of the descriptor through which
 * its parent registered for notification, and exits, leaves the parent's
 * registration in place.
 *
 * Ref: POSIX.1-2017 mq_close ("If the process has successfully attached a
 * notification request to the message queue via this mqdes, this
 * attachment shall be removed"): the child attached nothing; mq_close(3)
 * DESCRIPTION ("If the calling process has attached a notification request
 * to this message queue via mqdes, then this request is removed"); fork(2)
 * (the child's descriptors are copies).
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a child closing its copy of the descriptor keeps the parent's "
                      "notification registration",
          .ref = "POSIX.1-2017 mq_close; mq_close(3) DESCRIPTION", .features = "mq_open",
          .tags = "mq_notify,mq_close,fork");

static mqd_t q;

static void close_copy(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(mq_close(q));
}

static void try_register(void *arg)
{
	(void)arg;
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_EXPECT_ERRNO(mq_notify(q, &none), EBUSY);
}

IPCS_TEST(child_close_keeps_registration)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	ipcs_block_signal(SIGUSR1);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(close_copy, NULL), 0); /* closed, and exited */

	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_register, NULL), 0); /* still registered */
	/* mq_send queues the notification before it returns (ipc/mqueue.c
	 * __do_notify). */
	IPCS_MQ_PUT(q, "still", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(child_close_keeps_registration)
