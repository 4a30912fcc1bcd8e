/*
 * A blocking write to a full pipe waits until a reader makes room, then
 * completes; all its bytes arrive after the earlier data.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If a process attempts to write to a
 * full pipe (see below), then write(2) blocks until sufficient data has been
 * read from the pipe to allow the write to complete"); POSIX.1-2017 write
 * ("If the O_NONBLOCK flag is clear, a write request may cause the thread to
 * block, but on normal completion it shall return nbyte").
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocking write to a full pipe blocks until a read makes room, then "
                      "writes everything",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 write", .tags = "pipe,blocking");

static int p[2];

static void writer(void *arg)
{
	(void)arg;
	char rec[100];
	memset(rec, 'w', sizeof rec);
	IPCS_EXPECT_EQ(write(p[1], rec, sizeof rec), (ssize_t)sizeof rec);
}

IPCS_TEST(blocked_writer_woken_by_reader)
{
	ipcs_pipe(p);
	size_t cap = ipcs_pipe_fill(p[1]);
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "write");

	char *buf = malloc(cap + 100);
	if (!buf)
		IPCS_BROKEN("out of memory");
	size_t got = 0;
	/* read the fill, then the writer's 100 bytes */
	while (got < cap + 100) {
		ssize_t n = IPCS_SAFE(read(p[0], buf + got, cap + 100 - got));
		got += (size_t)n;
	}
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	char want[100];
	memset(want, 'w', sizeof want);
	IPCS_EXPECT_MEMEQ(buf + cap, want, sizeof want);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 0);
	free(buf);
}

IPCS_MAIN(blocked_writer_woken_by_reader)
