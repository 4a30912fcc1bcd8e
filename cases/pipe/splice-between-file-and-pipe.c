/*
 * splice moves bytes from a regular file into a pipe and from a pipe into a
 * regular file; with an offset pointer the transfer starts there, the
 * pointer advances by the count and the file offset stays put, without one
 * the file offset advances.
 *
 * Ref: splice(2) DESCRIPTION ("It transfers up to len bytes of data from the
 * file descriptor fd_in to the file descriptor fd_out, where one of the file
 * descriptors must refer to a pipe"; "If fd_in does not refer to a pipe and
 * off_in is NULL, then bytes are read from fd_in starting from the file
 * offset, and the file offset is adjusted appropriately"; "If fd_in does not
 * refer to a pipe and off_in is not NULL, then off_in must point to a buffer
 * which specifies the starting offset ... the file offset of fd_in is not
 * changed"; "Analogous statements apply for fd_out and off_out"), RETURN
 * VALUE.
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "splice moves bytes between a regular file and a pipe, honouring the "
                      "offset pointer or the file offset",
          .ref = "splice(2) DESCRIPTION, RETURN VALUE", .tags = "pipe,splice");

static int open_file(const char *content)
{
	static char path[256];
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR));
	IPCS_SAFE(write(fd, content, strlen(content)));
	IPCS_SAFE(lseek(fd, 0, SEEK_SET));
	return fd;
}

/* splice with a file: skip where its file system cannot. */
static ssize_t splice_or_skip(int in, loff_t *off_in, int out, loff_t *off_out, size_t len)
{
	ssize_t n = splice(in, off_in, out, off_out, len, 0);
	if (n == -1 && errno == EINVAL)
		IPCS_SKIP("the temp directory's file system does not splice (EINVAL)");
	return n;
}

IPCS_TEST(file_to_pipe_with_and_without_offset)
{
	int p[2];
	char buf[16];
	loff_t off = 4;

	ipcs_pipe(p);
	int fd = open_file("0123456789");
	IPCS_EXPECT_EQ(splice_or_skip(fd, &off, p[1], NULL, 3), 3);
	IPCS_EXPECT_EQ(off, 7);                    /* the pointer advanced */
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 0); /* the file offset did not */
	IPCS_EXPECT_EQ(splice(fd, NULL, p[1], NULL, 2, 0), 2);
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 2); /* now it did */
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 5);
	IPCS_EXPECT_MEMEQ(buf, "45601", 5);
}

IPCS_TEST(pipe_to_file_with_and_without_offset)
{
	int p[2];
	char buf[16] = {0};
	loff_t off = 5;

	ipcs_pipe(p);
	int fd = open_file("..........");
	IPCS_SAFE(write(p[1], "abcdef", 6));
	IPCS_EXPECT_EQ(splice_or_skip(p[0], NULL, fd, &off, 3), 3);
	IPCS_EXPECT_EQ(off, 8);
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 0);
	IPCS_EXPECT_EQ(splice(p[0], NULL, fd, NULL, 3, 0), 3);
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 3);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 0); /* moved out of the pipe */
	IPCS_EXPECT_EQ(pread(fd, buf, sizeof buf, 0), 10);
	IPCS_EXPECT_STREQ(buf, "def..abc..");
}

IPCS_MAIN(file_to_pipe_with_and_without_offset, pipe_to_file_with_and_without_offset)
