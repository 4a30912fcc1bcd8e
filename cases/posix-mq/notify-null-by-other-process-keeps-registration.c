/*
 * mq_notify(q, NULL) by a process that is not the registered one leaves the
 * registration in place: the registered process is still notified and a
 * third process still gets EBUSY.
 *
 * Ref: POSIX.1-2017 mq_notify ("If notification is NULL and the process is
 * currently registered for notification by the specified message queue,
 * the existing registration shall be removed"); mq_notify(3) DESCRIPTION
 * ("If sevp is NULL, and the calling process is currently registered to
 * receive notifications for this message queue, then the registration is
 * removed"). Only the registered process's own NULL call removes it.
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_notify NULL by another process does not remove the registration",
          .ref = "POSIX.1-2017 mq_notify; mq_notify(3) DESCRIPTION", .features = "mq_open",
          .tags = "mq_notify,signal");

static mqd_t q;

static void unregister_other(void *arg)
{
	(void)arg;
	errno = 0;
	int r = mq_notify(q, NULL); /* what it returns is not specified */
	IPCS_NOTE("mq_notify(q, NULL) by a process not registered: %d (%s)", r,
	          r == -1 ? ipcs_errno_name(errno) : "no error");
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_EXPECT_ERRNO(mq_notify(q, &none), EBUSY);
}

IPCS_TEST(other_null_keeps_registration)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	ipcs_block_signal(SIGUSR1);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unregister_other, NULL), 0);

	/* mq_send queues the notification before it returns (ipc/mqueue.c
	 * __do_notify), so it is pending now if the registration stayed. */
	IPCS_MQ_PUT(q, "still", 0);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(other_null_keeps_registration)
