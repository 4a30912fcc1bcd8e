/*
 * pipe() returns a read end open for reading only and a write end open for
 * writing only, both with O_NONBLOCK and FD_CLOEXEC clear: writing the read
 * end or reading the write end fails with EBADF.
 *
 * Ref: POSIX.1-2017 pipe ("fildes[0] ... open for reading and fildes[1] ...
 * open for writing"; "The O_NONBLOCK and FD_CLOEXEC flags shall be clear on
 * both file descriptors"); POSIX.1-2017 read, write ([EBADF] "The fildes
 * argument is not a valid file descriptor open for reading" / "for
 * writing"); pipe(7) ("a unidirectional interprocess communication channel";
 * "On some systems (but not Linux), pipes are bidirectional").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "pipe() gives a read-only and a write-only end, O_NONBLOCK and FD_CLOEXEC "
                      "clear; the wrong direction fails with EBADF",
          .ref = "POSIX.1-2017 pipe, read, write EBADF; pipe(7)", .tags = "pipe,flags");

IPCS_TEST(access_modes_and_flags)
{
	int p[2];

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFL) & O_NONBLOCK, 0);
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFD) & FD_CLOEXEC, 0);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFD) & FD_CLOEXEC, 0);
}

IPCS_TEST(wrong_direction_ebadf)
{
	int p[2];
	char c;

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "d", 1)); /* data there, so a read end read would not block */
	IPCS_EXPECT_ERRNO(write(p[0], "x", 1), EBADF);
	IPCS_EXPECT_ERRNO(read(p[1], &c, 1), EBADF);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 1);
}

IPCS_MAIN(access_modes_and_flags, wrong_direction_ebadf)
