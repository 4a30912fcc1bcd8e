/*
 * A SIGEV_NONE registration makes the caller the queue's registered process
 * (others get EBUSY) and a message arriving on the empty queue sends it no
 * signal.
 *
 * Ref: mq_notify(3) DESCRIPTION ("SIGEV_NONE A \"null\" notification: the
 * calling process is registered as the target for notification, but when a
 * message arrives, no notification is sent").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a SIGEV_NONE registration holds the queue and sends nothing",
          .ref = "mq_notify(3) DESCRIPTION SIGEV_NONE", .features = "mq_open", .tags = "mq_notify");

static mqd_t q;

static void other(void *arg)
{
	(void)arg;
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_EXPECT_ERRNO(mq_notify(q, &sev), EBUSY);
}

IPCS_TEST(sigev_none_registers_without_signal)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	sigset_t all, pend;
	sigfillset(&all);
	IPCS_SAFE(sigprocmask(SIG_BLOCK, &all, NULL));
	sigset_t before;
	IPCS_SAFE(sigpending(&before));
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_ASSERT_OK(mq_notify(q, &none));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(other, NULL), 0);
	IPCS_MQ_PUT(q, "quiet", 0);
	IPCS_SAFE(sigpending(&pend));
	for (int sig = 1; sig < SIGRTMIN; sig++)
		if (sig != SIGCHLD && sigismember(&pend, sig) && !sigismember(&before, sig))
			IPCS_FAIL("signal %s pending after a SIGEV_NONE notification",
			          ipcs_signal_name(sig));
}

IPCS_MAIN(sigev_none_registers_without_signal)
