/*
 * Bytes written to a pipe are read back in the order they were written,
 * across several writes and several reads of other sizes.
 *
 * Ref: pipe(7) DESCRIPTION ("Data written to the write end of a pipe can be
 * read from the read end of the pipe"; "The communication channel provided
 * by a pipe is a byte stream"); POSIX.1-2017 pipe ("Data can be written to
 * the file descriptor fildes[1] and read from the file descriptor fildes[0].
 * A read on the file descriptor fildes[0] shall access data written to the
 * file descriptor fildes[1] on a first-in-first-out basis.").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "data written to a pipe is read back first-in first-out as one byte stream",
          .ref = "pipe(7) DESCRIPTION; POSIX.1-2017 pipe", .tags = "pipe,order");

IPCS_TEST(writes_come_back_in_order)
{
	int p[2];
	char want[3000], got[3000];

	ipcs_pipe(p);
	for (size_t i = 0; i < sizeof want; i++)
		want[i] = (char)(i * 7 + i / 251);
	/* three writes of 1000 bytes */
	for (int w = 0; w < 3; w++)
		IPCS_SAFE(write(p[1], want + w * 1000, 1000));
	/* read back in pieces that do not match the writes */
	size_t off = 0;
	size_t sizes[] = {1, 700, 1299, 1000};
	for (size_t i = 0; i < 4; i++) {
		IPCS_ASSERT_EQ(read(p[0], got + off, sizes[i]), (ssize_t)sizes[i]);
		off += sizes[i];
	}
	IPCS_EXPECT_MEMEQ(got, want, sizeof want);
}

IPCS_TEST(no_boundaries_between_writes)
{
	int p[2];
	char got[16] = {0};

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "abc", 3));
	IPCS_SAFE(write(p[1], "defg", 4));
	/* one read may return bytes of both writes: a byte stream */
	IPCS_EXPECT_EQ(read(p[0], got, sizeof got), 7);
	IPCS_EXPECT_STREQ(got, "abcdefg");
}

IPCS_MAIN(writes_come_back_in_order, no_boundaries_between_writes)
