/*
 * A blocked mq_receive() or mq_send() interrupted by a caught signal whose
 * handler was installed without SA_RESTART fails with EINTR, and the queue
 * is unchanged.
 *
 * Ref: mq_receive(3), mq_send(3) ERRORS ("EINTR The call was interrupted by
 * a signal handler; see signal(7)"); POSIX.1-2017 mq_receive, mq_send
 * ERRORS ("[EINTR] The mq_receive() operation was interrupted by a
 * signal").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked mq_receive or mq_send interrupted by a signal fails with EINTR",
          .ref = "mq_receive(3), mq_send(3) ERRORS EINTR; POSIX.1-2017 mq_receive, mq_send",
          .features = "mq_open", .tags = "mq_receive,mq_send,blocking,signal");

static mqd_t q;

static void receiver(void *arg)
{
	(void)arg;
	char buf[16];
	ipcs_catch_signal(SIGUSR1, 0); /* no SA_RESTART */
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void sender(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_ERRNO(mq_send(q, "extra", 5, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

IPCS_TEST(blocked_receive_eintr)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	pid_t pid = ipcs_spawn(receiver, NULL);
	IPCS_WAIT_IN(pid, "mq_receive");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
}

IPCS_TEST(blocked_send_eintr)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "full", 0);
	pid_t pid = ipcs_spawn(sender, NULL);
	IPCS_WAIT_IN(pid, "mq_send");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
	IPCS_MQ_EXPECT_RCV(q, "full", 0);
}

IPCS_MAIN(blocked_receive_eintr, blocked_send_eintr)
