/*
 * A blocking write to a full FIFO waits until a reader makes room, as on a
 * pipe, then completes.
 *
 * Ref: pipe(7) ("I/O on pipes and FIFOs has exactly the same semantics"; "If
 * a process attempts to write to a full pipe (see below), then write(2)
 * blocks until sufficient data has been read from the pipe to allow the
 * write to complete"); POSIX.1-2017 write ("If the O_NONBLOCK flag is clear,
 * a write request may cause the thread to block, but on normal completion it
 * shall return nbyte").
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocking write to a full FIFO blocks until a read makes room",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 write", .tags = "fifo,blocking");

static int wfd;

static void writer(void *arg)
{
	(void)arg;
	char rec[100];
	memset(rec, 'w', sizeof rec);
	IPCS_EXPECT_EQ(write(wfd, rec, sizeof rec), (ssize_t)sizeof rec);
}

IPCS_TEST(blocked_writer_woken_by_reader)
{
	char path[256];

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	wfd = (int)IPCS_SAFE(open(path, O_WRONLY));
	size_t cap = ipcs_pipe_fill(wfd);
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "write");

	char *buf = malloc(cap + 100);
	if (!buf)
		IPCS_BROKEN("out of memory");
	ipcs_set_nonblock(r, 0);
	size_t got = 0;
	while (got < cap + 100)
		got += (size_t)IPCS_SAFE(read(r, buf + got, cap + 100 - got));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	char want[100];
	memset(want, 'w', sizeof want);
	IPCS_EXPECT_MEMEQ(buf + cap, want, sizeof want);
	free(buf);
}

IPCS_MAIN(blocked_writer_woken_by_reader)
