/*
 * A non-blocking write of PIPE_BUF bytes or fewer into a pipe with some but
 * not enough room fails with EAGAIN and transfers nothing: never a partial
 * write.
 *
 * Ref: pipe(7) PIPE_BUF ("O_NONBLOCK enabled, n <= PIPE_BUF: If there is room
 * to write n bytes to the pipe, then write(2) succeeds immediately, writing
 * all n bytes; otherwise write(2) fails, with errno set to EAGAIN");
 * POSIX.1-2017 write ("A write request for {PIPE_BUF} or fewer bytes shall
 * have the following effect: if there is sufficient space available in the
 * pipe, write() shall transfer all the data and shall return the number of
 * bytes requested. Otherwise, write() shall transfer no data and shall return
 * -1 with errno set to [EAGAIN].").
 */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a non-blocking write of at most PIPE_BUF bytes that does not fit writes "
                      "nothing and fails with EAGAIN",
          .ref = "pipe(7) PIPE_BUF; POSIX.1-2017 write", .tags = "pipe,nonblock,atomic");

IPCS_TEST(no_partial_write_up_to_pipe_buf)
{
	int p[2];
	static char buf[PIPE_BUF];
	long page = sysconf(_SC_PAGESIZE);

	ipcs_pipe(p);
	/* one page, filled but for 64 bytes: there is room, just not enough */
	IPCS_ASSERT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)page), page);
	size_t held = (size_t)page - 64;
	char *fill = calloc(1, held);
	if (!fill)
		IPCS_BROKEN("out of memory");
	IPCS_ASSERT_EQ(write(p[1], fill, held), (ssize_t)held);
	free(fill);
	ipcs_set_nonblock(p[1], 1);
	IPCS_EXPECT_ERRNO(write(p[1], buf, sizeof buf), EAGAIN);
	IPCS_EXPECT_ERRNO(write(p[1], buf, 65), EAGAIN);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), (int)held); /* nothing went in */
	/* the room was real: 64 bytes fit (setup check, last) */
	IPCS_SAFE(write(p[1], buf, 64));
}

IPCS_TEST(fits_entirely_when_room)
{
	int p[2];
	static char buf[PIPE_BUF];

	ipcs_pipe(p);
	ipcs_set_nonblock(p[1], 1);
	IPCS_EXPECT_EQ(write(p[1], buf, sizeof buf), (ssize_t)sizeof buf);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), (int)sizeof buf);
}

IPCS_MAIN(no_partial_write_up_to_pipe_buf, fits_entirely_when_room)
