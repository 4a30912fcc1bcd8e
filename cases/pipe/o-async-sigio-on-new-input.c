/*
 * With O_ASYNC set on a pipe's read end and the process as its owner, a
 * write of new input raises SIGIO for that process.
 *
 * Ref: pipe(7) Open file status flags ("Setting the O_ASYNC flag for the
 * read end of a pipe causes a signal (SIGIO by default) to be generated when
 * new input becomes available on the pipe. The target for delivery of
 * signals must be set using the fcntl(2) F_SETOWN command.").
 */
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "O_ASYNC on a pipe's read end raises SIGIO for its owner on new input",
          .ref = "pipe(7) Open file status flags; fcntl(2) F_SETOWN", .tags = "pipe,o_async,sigio");

IPCS_TEST(sigio_on_write)
{
	int p[2];
	sigset_t set;

	ipcs_catch_signal(SIGIO, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGIO);
	IPCS_SAFE(sigprocmask(SIG_UNBLOCK, &set, NULL));
	ipcs_pipe(p);
	IPCS_SAFE(fcntl(p[0], F_SETOWN, getpid()));
	/* control: no signal before O_ASYNC is set */
	IPCS_SAFE(write(p[1], "a", 1));
	IPCS_ASSERT_EQ(ipcs_signal_count(SIGIO), 0);
	char c;
	IPCS_SAFE(read(p[0], &c, 1)); /* empty again: "b" is new input on any kernel */
	int fl = (int)IPCS_SAFE(fcntl(p[0], F_GETFL));
	IPCS_SAFE(fcntl(p[0], F_SETFL, fl | O_ASYNC));
	IPCS_SAFE(write(p[1], "b", 1));
	/* sent to this process during the write: handled on its return */
	IPCS_EXPECT_GE(ipcs_signal_count(SIGIO), 1);
}

IPCS_MAIN(sigio_on_write)
