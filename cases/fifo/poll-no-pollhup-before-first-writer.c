/*
 * A FIFO reader opened with O_NONBLOCK while no writer has ever opened the
 * FIFO gets no POLLHUP from poll (kernel), though its reads already return
 * end of file; once a writer has opened and closed, POLLHUP is reported.
 *
 * Ref: kernel fs/pipe.c fifo_open() ("suppress EPOLLHUP until we have seen a
 * writer": the reader's file remembers the writer count) and pipe_poll()
 * (EPOLLHUP only when there are no writers and the count has changed).
 * POSIX.1-2017 poll ("POLLHUP ... a pipe or FIFO has been closed by the last
 * process that had it open for writing") promises POLLHUP only after a
 * writer closed; read(2) and POSIX.1-2017 read give 0 with no writer.
 */
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a non-blocking FIFO reader sees no POLLHUP until a writer has come and "
                      "gone (kernel)",
          .ref = "kernel fs/pipe.c fifo_open, pipe_poll; POSIX.1-2017 poll POLLHUP",
          .tags = "fifo,poll,pollhup");

static short revents(int fd)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	IPCS_SAFE(poll(&pfd, 1, 0));
	return pfd.revents;
}

IPCS_TEST(no_pollhup_until_a_writer_closed)
{
	char path[256], c;

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	IPCS_EXPECT_EQ(revents(r), 0);
	IPCS_EXPECT_EQ(read(r, &c, 1), 0); /* end of file all the same */
	IPCS_EXPECT_EQ(revents(r), 0);
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_EXPECT_EQ(revents(r), 0); /* a writer is open */
	IPCS_SAFE(close(w));
	IPCS_EXPECT_EQ(revents(r), POLLHUP); /* the writer came and went */
}

IPCS_MAIN(no_pollhup_until_a_writer_closed)
