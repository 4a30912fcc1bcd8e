/*
 * mq_notify(q, NULL) by the registered process removes its registration: a
 * message then sends it nothing, and another process can register.
 *
 * Ref: mq_notify(3) DESCRIPTION ("If sevp is NULL, and the calling process
 * is currently registered to receive notifications for this message queue,
 * then the registration is removed; another process can then register");
 * POSIX.1-2017 mq_notify ("If notification is NULL and the process is
 * currently registered for notification by the specified message queue,
 * the existing registration shall be removed").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_notify with NULL removes the caller's registration",
          .ref = "mq_notify(3) DESCRIPTION; POSIX.1-2017 mq_notify", .features = "mq_open",
          .tags = "mq_notify,signal");

static mqd_t q;

static void register_other(void *arg)
{
	(void)arg;
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_EXPECT_OK(mq_notify(q, &none));
}

IPCS_TEST(null_removes_registration)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	ipcs_block_signal(SIGUSR1);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));
	IPCS_EXPECT_OK(mq_notify(q, NULL));

	IPCS_MQ_PUT(q, "unseen", 0); /* a notification would be pending now */
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	IPCS_MQ_EXPECT_RCV(q, "unseen", 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(register_other, NULL), 0);
}

IPCS_MAIN(null_removes_registration)
