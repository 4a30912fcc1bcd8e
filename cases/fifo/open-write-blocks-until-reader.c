/*
 * A blocking open of a FIFO for writing waits until some process opens it
 * for reading, then succeeds.
 *
 * Ref: fifo(7) ("Normally, opening the FIFO blocks until the other end is
 * opened also"); POSIX.1-2017 open ("If O_NONBLOCK is clear, ... An open()
 * for writing-only shall block the calling thread until a thread opens the
 * file for reading").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "open of a FIFO for writing blocks until a reader opens it",
          .ref = "fifo(7); POSIX.1-2017 open", .tags = "fifo,open,blocking");

static char path[256];

static void writer(void *arg)
{
	(void)arg;
	int fd = open(path, O_WRONLY);
	IPCS_ASSERT_OK(fd);
	IPCS_EXPECT_EQ(write(fd, "hi", 2), 2);
}

IPCS_TEST(writer_open_waits_for_reader)
{
	char buf[8];

	ipcs_temp_fifo(path, sizeof path);
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "open");
	int fd = (int)IPCS_SAFE(open(path, O_RDONLY));
	IPCS_EXPECT_EQ(read(fd, buf, sizeof buf), 2);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(writer_open_waits_for_reader)
