/*
 * A write end inherited by a child keeps the pipe open: the reader stays
 * blocked after the parent closes its copy, and sees end of file only when
 * the child's copy is closed too.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If all file descriptors referring to
 * the write end of a pipe have been closed, then an attempt to read(2) from
 * the pipe will see end-of-file"; "An application that uses pipe(2) and
 * fork(2) should use suitable close(2) calls to close unnecessary duplicate
 * file descriptors"); POSIX.1-2017 read (blocks "until some data is written
 * or the pipe is closed by all processes that had the pipe open for
 * writing").
 */
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a reader sees end of file only after a child's inherited write end is "
                      "closed too",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 read", .tags = "pipe,eof,fork");

static int p[2], hold[2];

static void holder(void *arg)
{
	(void)arg;
	char c;
	/* keeps its inherited p[1] until the parent closes hold[1] */
	IPCS_SAFE(close(hold[1]));
	IPCS_SAFE(close(p[0]));
	IPCS_SAFE(read(hold[0], &c, 1));
}

static void reader(void *arg)
{
	(void)arg;
	char buf[8];
	IPCS_SAFE(close(p[1]));
	IPCS_SAFE(close(hold[1])); /* or the holder would wait for us */
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 0);
}

IPCS_TEST(inherited_write_end_delays_eof)
{
	ipcs_pipe(p);
	ipcs_pipe(hold);
	pid_t h = ipcs_spawn(holder, NULL);
	pid_t r = ipcs_spawn(reader, NULL);
	IPCS_SAFE(close(p[1]));
	IPCS_WAIT_IN(h, "read");
	/* only the holder's copy of the write end is left: no EOF */
	IPCS_EXPECT_BLOCKED_IN(r, "read");
	IPCS_SAFE(close(hold[1])); /* the holder exits, closing its copy */
	IPCS_EXPECT_CHILD_EXIT(h, 0);
	IPCS_EXPECT_CHILD_EXIT(r, 0);
}

IPCS_MAIN(inherited_write_end_delays_eof)
