/*
 * A SOCK_STREAM UNIX socket is a byte stream: the bytes of separate sends
 * can be received by one recv (MSG_WAITALL asks for all of them), and a
 * short read leaves the rest of a send for the next read.
 *
 * Ref: POSIX.1-2017 recv ("For stream-based sockets, message boundaries
 * shall be ignored. In this case, data shall be returned to the user as
 * soon as it becomes available, and no data shall be discarded";
 * MSG_WAITALL "On SOCK_STREAM sockets this requests that the function block
 * until the full amount of data can be returned"); recv(2) MSG_WAITALL;
 * unix(7) DESCRIPTION.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a UNIX stream socket ignores send boundaries: one recv spans sends, a "
                      "short recv loses nothing",
          .ref = "POSIX.1-2017 recv; recv(2) MSG_WAITALL; unix(7)", .tags = "stream,boundaries");

IPCS_TEST(one_recv_spans_two_sends)
{
	int sv[2];
	char buf[16];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "abc", 3, 0));
	IPCS_SAFE(send(sv[0], "defgh", 5, 0));
	IPCS_EXPECT_EQ(recv(sv[1], buf, 8, MSG_WAITALL), 8);
	IPCS_EXPECT_MEMEQ(buf, "abcdefgh", 8);
}

IPCS_TEST(short_read_keeps_the_rest)
{
	int sv[2];
	char buf[16];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "0123456789", 10, 0));
	IPCS_EXPECT_EQ(recv(sv[1], buf, 4, 0), 4);
	IPCS_EXPECT_MEMEQ(buf, "0123", 4);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 6);
	IPCS_EXPECT_MEMEQ(buf, "456789", 6);
}

IPCS_MAIN(one_recv_spans_two_sends, short_read_keeps_the_rest)
