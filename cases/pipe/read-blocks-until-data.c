/*
 * A blocking read on an empty pipe whose write end is open waits, and
 * returns the data once a writer writes.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If a process attempts to read from
 * an empty pipe, then read(2) will block until data is available");
 * POSIX.1-2017 read ("If some process has the pipe open for writing and
 * O_NONBLOCK is clear, read() shall block the calling thread until some data
 * is written or the pipe is closed by all processes that had the pipe open
 * for writing").
 */
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a read on an empty pipe with a writer blocks until data is written",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 read", .tags = "pipe,blocking");

static int p[2];

static void reader(void *arg)
{
	(void)arg;
	char buf[16];
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 3);
	IPCS_EXPECT_MEMEQ(buf, "abc", 3);
}

IPCS_TEST(reader_waits_for_data)
{
	ipcs_pipe(p);
	pid_t pid = ipcs_spawn(reader, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "read");
	IPCS_SAFE(write(p[1], "abc", 3));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(reader_waits_for_data)
