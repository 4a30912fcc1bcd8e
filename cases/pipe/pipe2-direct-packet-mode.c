/*
 * pipe2(O_DIRECT) makes a packet pipe: each write is one packet (a write
 * beyond PIPE_BUF is split into packets of PIPE_BUF), a read returns at most
 * one packet, and a read shorter than the packet discards the rest of it.
 *
 * Ref: pipe(2) O_DIRECT ("Each write(2) to the pipe is dealt with as a
 * separate packet, and read(2)s from the pipe will read one packet at a
 * time"; "If a read(2) specifies a buffer size that is smaller than the next
 * packet, then the requested number of bytes are read, and the excess bytes
 * in the packet are discarded"; "Writes of greater than PIPE_BUF bytes (see
 * pipe(7)) will be split into multiple packets"; "Older kernels that do not
 * support this flag will indicate this via an EINVAL error").
 */
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "pipe2 with O_DIRECT reads one packet per read and discards the unread "
                      "rest of a packet",
          .ref = "pipe(2) O_DIRECT", .min_kernel = "3.4", .tags = "pipe2,packet");

static void packet_pipe(int p[2])
{
	IPCS_SKIP_IF_ERRNO(pipe2(p, O_DIRECT), EINVAL, "pipe2 O_DIRECT (packet mode) unsupported");
	if (ipcs_r_ == -1)
		IPCS_BROKEN_ERRNO("pipe2(O_DIRECT)");
}

IPCS_TEST(one_packet_per_read)
{
	int p[2];
	char buf[64] = {0};

	packet_pipe(p);
	IPCS_SAFE(write(p[1], "first", 5));
	IPCS_SAFE(write(p[1], "second!", 7));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 5); /* not 12: a packet each */
	IPCS_EXPECT_MEMEQ(buf, "first", 5);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 7);
	IPCS_EXPECT_MEMEQ(buf, "second!", 7);
}

IPCS_TEST(short_read_discards_rest_of_packet)
{
	int p[2];
	char buf[64] = {0};

	packet_pipe(p);
	IPCS_SAFE(write(p[1], "0123456789", 10));
	IPCS_SAFE(write(p[1], "next", 4));
	IPCS_EXPECT_EQ(read(p[0], buf, 3), 3);
	IPCS_EXPECT_MEMEQ(buf, "012", 3);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 4); /* "3456789" is gone */
	IPCS_EXPECT_MEMEQ(buf, "next", 4);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 0);
}

IPCS_TEST(large_write_split_at_pipe_buf)
{
	int p[2];
	static char big[PIPE_BUF + 10], buf[2 * PIPE_BUF];

	packet_pipe(p);
	IPCS_SAFE(write(p[1], big, sizeof big));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), PIPE_BUF);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 10);
}

IPCS_MAIN(one_packet_per_read, short_read_discards_rest_of_packet, large_write_split_at_pipe_buf)
