/*
 * A msgrcv() blocked waiting for a message fails with EINTR when the process
 * catches a signal, and is not restarted even when the handler was installed
 * with SA_RESTART.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("The calling process catches a signal.
 * In this case, the system call fails with errno set to EINTR. (msgrcv() is
 * never automatically restarted after being interrupted by a signal handler,
 * regardless of the setting of the SA_RESTART flag"); signal(7) "Interruption
 * of system calls"; POSIX.1-2017 msgrcv [EINTR].
 */
#include <signal.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked msgrcv fails with EINTR on a caught signal, even with "
                      "SA_RESTART",
          .ref = "msgop(2) DESCRIPTION, ERRORS; signal(7); POSIX.1-2017 msgrcv",
          .tags = "msgrcv,blocking,signals");

static int msqid;

static void receive_interrupted(void *arg)
{
	ipcs_catch_signal(SIGUSR1, *(int *)arg);
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void interrupt_receiver(int sa_flags)
{
	msqid = ipcs_msg_new();
	pid_t receiver = ipcs_spawn(receive_interrupted, &sa_flags);
	IPCS_WAIT_IN_MSGRCV(receiver);
	IPCS_SAFE(kill(receiver, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(signal_interrupts_with_eintr)
{
	interrupt_receiver(0);
}

IPCS_TEST(sa_restart_does_not_restart)
{
	interrupt_receiver(SA_RESTART);
}

IPCS_MAIN(signal_interrupts_with_eintr, sa_restart_does_not_restart)
