/*
 * A message arriving while a receiver is blocked in mq_receive() goes to
 * that receiver and sends no notification; the registration stays in
 * effect and the next message on the empty queue notifies.
 *
 * Ref: mq_notify(3) DESCRIPTION ("If another process or thread is waiting
 * to read a message from an empty queue using mq_receive(3), then any
 * message notification registration is ignored: the message is delivered
 * to the process or thread calling mq_receive(3), and the message
 * notification registration remains in effect"); POSIX.1-2017 mq_notify
 * ("If some thread is blocked in mq_receive() waiting to receive a message
 * ... the arriving message shall satisfy the appropriate mq_receive() ...
 * The resulting behavior is as if the message queue remains empty, and no
 * notification shall be sent").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "no notification while a receiver is blocked; the registration stays",
          .ref = "mq_notify(3) DESCRIPTION; POSIX.1-2017 mq_notify", .features = "mq_open",
          .tags = "mq_notify,signal,blocking");

static char name[IPCS_MQ_NAME_MAX];

static void receiver(void *arg)
{
	(void)arg;
	mqd_t r = IPCS_MQ_OPEN(name, O_RDONLY); /* blocking descriptor of its own */
	IPCS_MQ_EXPECT_RCV(r, "taken", 0);
}

IPCS_TEST(blocked_receiver_takes_message_silently)
{
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	ipcs_block_signal(SIGUSR1);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	IPCS_ASSERT_OK(mq_notify(q, &sev));

	pid_t pid = ipcs_spawn(receiver, NULL);
	IPCS_WAIT_IN(pid, "mq_receive");
	IPCS_MQ_PUT(q, "taken", 0);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_TRUE(!ipcs_signal_pending(SIGUSR1));
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);

	IPCS_MQ_PUT(q, "notifies", 0); /* still registered */
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGUSR1));
}

IPCS_MAIN(blocked_receiver_takes_message_silently)
