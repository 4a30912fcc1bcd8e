/*
 * A SIGEV_SIGNAL notification carries in si_pid the PID of the process that
 * sent the message and in si_uid its real user ID.
 *
 * Ref: mq_notify(3) DESCRIPTION ("In addition, si_pid will be set to the PID
 * of the process that sent the message, and si_uid will be set to the real
 * user ID of the sending process").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a SIGEV_SIGNAL notification names the sender in si_pid and si_uid",
          .ref = "mq_notify(3) DESCRIPTION SIGEV_SIGNAL", .features = "mq_open",
          .tags = "mq_notify,signal");

static mqd_t q;

static void send_one(void *arg)
{
	(void)arg;
	IPCS_MQ_PUT(q, "from child", 0);
}

IPCS_TEST(si_pid_and_uid_of_sender)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	sigset_t set = ipcs_block_signal(SIGUSR2);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2};
	IPCS_ASSERT_OK(mq_notify(q, &sev));

	pid_t sender = ipcs_spawn(send_one, NULL);
	struct timespec wait = {.tv_sec = 5};
	siginfo_t si;
	IPCS_ASSERT_EQ(sigtimedwait(&set, &si, &wait), SIGUSR2);
	IPCS_EXPECT_EQ(si.si_pid, sender);
	IPCS_EXPECT_NE(si.si_pid, getpid());
	IPCS_EXPECT_EQ(si.si_uid, getuid());
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
}

IPCS_MAIN(si_pid_and_uid_of_sender)
