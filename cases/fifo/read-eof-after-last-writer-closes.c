/*
 * A reader of a FIFO blocked in read sees end of file (0) when the last
 * writer closes; data written before is read first.
 *
 * Ref: pipe(7) ("I/O on pipes and FIFOs has exactly the same semantics"; "If
 * all file descriptors referring to the write end of a pipe have been
 * closed, then an attempt to read(2) from the pipe will see end-of-file");
 * POSIX.1-2017 read ("When attempting to read from an empty pipe or FIFO: If
 * no process has the pipe open for writing, read() shall return 0").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a FIFO reader gets the data and then end of file after the last writer "
                      "closes",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 read", .tags = "fifo,eof");

static char path[256];
static int rfd, wfd;

static void reader(void *arg)
{
	(void)arg;
	char buf[16];
	IPCS_SAFE(close(wfd)); /* only the parent's write end is left */
	IPCS_EXPECT_EQ(read(rfd, buf, sizeof buf), 3);
	IPCS_EXPECT_EQ(read(rfd, buf, sizeof buf), 0);
}

IPCS_TEST(blocked_reader_sees_eof)
{
	ipcs_temp_fifo(path, sizeof path);
	rfd = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	wfd = (int)IPCS_SAFE(open(path, O_WRONLY));
	ipcs_set_nonblock(rfd, 0); /* the reader blocks */
	pid_t pid = ipcs_spawn(reader, NULL);
	IPCS_SAFE(close(rfd));
	IPCS_SAFE(write(wfd, "abc", 3));
	IPCS_SAFE(close(wfd));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

static void blocked_reader(void *arg)
{
	(void)arg;
	char buf[16];
	IPCS_SAFE(close(wfd));
	IPCS_EXPECT_EQ(read(rfd, buf, sizeof buf), 0);
}

IPCS_TEST(reader_blocked_until_writer_closes)
{
	ipcs_temp_fifo(path, sizeof path);
	rfd = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	wfd = (int)IPCS_SAFE(open(path, O_WRONLY));
	ipcs_set_nonblock(rfd, 0);
	pid_t pid = ipcs_spawn(blocked_reader, NULL);
	IPCS_SAFE(close(rfd));
	IPCS_EXPECT_BLOCKED_IN(pid, "read"); /* a writer is open: no EOF yet */
	IPCS_SAFE(close(wfd));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(blocked_reader_sees_eof, reader_blocked_until_writer_closes)
