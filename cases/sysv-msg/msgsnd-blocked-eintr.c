/*
 * A msgsnd() blocked on a full queue fails with EINTR when the process
 * catches a signal, queues nothing, and is not restarted even when the
 * handler was installed with SA_RESTART.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("a signal is caught, in which case the
 * system call fails with errno set to EINTR ... (msgsnd() is never
 * automatically restarted after being interrupted by a signal handler,
 * regardless of the setting of the SA_RESTART flag"), ERRORS EINTR;
 * signal(7); POSIX.1-2017 msgsnd [EINTR].
 */
#include <signal.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked msgsnd fails with EINTR on a caught signal, even with "
                      "SA_RESTART",
          .ref = "msgop(2) DESCRIPTION, ERRORS; signal(7); POSIX.1-2017 msgsnd",
          .tags = "msgsnd,blocking,signals");

static int msqid;

static void send_interrupted(void *arg)
{
	ipcs_catch_signal(SIGUSR1, *(int *)arg);
	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "x"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 1, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void interrupt_sender(int sa_flags)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 4);
	IPCS_MSG_PUT(msqid, 1, "full");
	pid_t sender = ipcs_spawn(send_interrupted, &sa_flags);
	IPCS_WAIT_IN_MSGSND(sender);
	IPCS_SAFE(kill(sender, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "full"});
}

IPCS_TEST(signal_interrupts_with_eintr)
{
	interrupt_sender(0);
}

IPCS_TEST(sa_restart_does_not_restart)
{
	interrupt_sender(SA_RESTART);
}

IPCS_MAIN(signal_interrupts_with_eintr, sa_restart_does_not_restart)
