/*
 * A blocked mq_receive() interrupted by a signal whose handler was installed
 * with SA_RESTART is restarted after the handler: it does not fail with
 * EINTR, and returns the message sent afterwards.
 *
 * Ref: signal(7) Interruption of system calls and library functions by
 * signal handlers ("If a blocked call to one of the following interfaces is
 * interrupted by a signal handler, then the call is automatically restarted
 * after the signal handler returns if the SA_RESTART flag was used ... POSIX
 * message queue interfaces: mq_receive(3), mq_timedreceive(3), mq_send(3),
 * and mq_timedsend(3)").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked mq_receive interrupted by an SA_RESTART handler is restarted",
          .ref = "signal(7) Interruption of system calls", .features = "mq_open",
          .tags = "mq_receive,blocking,signal");

static mqd_t q;
static void receiver(void *arg)
{
	(void)arg;
	ipcs_catch_signal_reported(SIGUSR1, SA_RESTART);
	IPCS_MQ_EXPECT_RCV(q, "after", 2);
}

IPCS_TEST(sa_restart_restarts_receive)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	ipcs_signal_reports_open();
	pid_t pid = ipcs_spawn(receiver, NULL);
	IPCS_WAIT_IN(pid, "mq_receive");
	ipcs_signal_and_await(pid, SIGUSR1);
	/* Restarted, the receiver is back asleep in mq_receive; had it failed
	 * with EINTR it would have exited instead. */
	IPCS_EXPECT_BLOCKED_IN(pid, "mq_receive");
	IPCS_MQ_PUT(q, "after", 2);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(sa_restart_restarts_receive)
