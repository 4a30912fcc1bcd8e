/*
 * A blocking open of a FIFO for reading waits until some process opens it
 * for writing, then succeeds.
 *
 * Ref: fifo(7) ("Normally, opening the FIFO blocks until the other end is
 * opened also"); POSIX.1-2017 open ("When opening a FIFO with O_RDONLY or
 * O_WRONLY set: ... If O_NONBLOCK is clear, an open() for reading-only shall
 * block the calling thread until a thread opens the file for writing").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "open of a FIFO for reading blocks until a writer opens it",
          .ref = "fifo(7); POSIX.1-2017 open", .tags = "fifo,open,blocking");

static char path[256];

static void reader(void *arg)
{
	(void)arg;
	char buf[8];
	int fd = open(path, O_RDONLY);
	IPCS_ASSERT_OK(fd);
	IPCS_EXPECT_EQ(read(fd, buf, sizeof buf), 2);
}

IPCS_TEST(reader_open_waits_for_writer)
{
	ipcs_temp_fifo(path, sizeof path);
	pid_t pid = ipcs_spawn(reader, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "open");
	int fd = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(write(fd, "hi", 2));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(reader_open_waits_for_writer)
