/*
 * With SO_PEEK_OFF set to a value >= 0, recv(MSG_PEEK) peeks at that byte
 * offset and advances it by the bytes peeked; a recv without MSG_PEEK
 * lowers it by the bytes removed; new sockets start at -1 (peek from the
 * front).
 *
 * Ref: socket(7) SO_PEEK_OFF ("it is set to -1 for all new sockets"; "the
 * next peek at data queued in the socket will occur at the byte offset
 * specified by the option value. At the same time, the "peek offset" will be
 * incremented by the number of bytes that were peeked"; "receiving data
 * without the MSG_PEEK flag will cause the "peek offset" to be adjusted");
 * unix(7) SO_PEEK_OFF.
 */
#include <string.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_PEEK_OFF makes MSG_PEEK read at an offset that peeks advance and "
                      "receives pull back",
          .ref = "socket(7) SO_PEEK_OFF; unix(7) SO_PEEK_OFF", .min_kernel = "3.4",
          .tags = "peek,so_peek_off,options");

static int peek_off(int fd)
{
	int v = 0;
	socklen_t len = sizeof v;
	IPCS_ASSERT_OK(getsockopt(fd, SOL_SOCKET, SO_PEEK_OFF, &v, &len));
	return v;
}

IPCS_TEST(new_socket_is_minus_one)
{
	int sv[2];
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_EQ(peek_off(sv[1]), -1);
}

IPCS_TEST(stream_peeks_advance)
{
	int sv[2], zero = 0;
	char buf[8] = {0};

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "abcdef", 6, 0));
	IPCS_ASSERT_OK(setsockopt(sv[1], SOL_SOCKET, SO_PEEK_OFF, &zero, sizeof zero));
	IPCS_EXPECT_EQ(recv(sv[1], buf, 2, MSG_PEEK), 2);
	IPCS_EXPECT_MEMEQ(buf, "ab", 2);
	IPCS_EXPECT_EQ(recv(sv[1], buf, 2, MSG_PEEK), 2);
	IPCS_EXPECT_MEMEQ(buf, "cd", 2); /* the second peek starts where the first ended */
	IPCS_EXPECT_EQ(peek_off(sv[1]), 4);
}

IPCS_TEST(receive_pulls_offset_back)
{
	int sv[2], zero = 0;
	char buf[8] = {0};

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "abcdef", 6, 0));
	IPCS_ASSERT_OK(setsockopt(sv[1], SOL_SOCKET, SO_PEEK_OFF, &zero, sizeof zero));
	IPCS_ASSERT_EQ(recv(sv[1], buf, 3, MSG_PEEK), 3); /* offset 3 */
	IPCS_EXPECT_EQ(recv(sv[1], buf, 2, 0), 2);        /* removes "ab": offset 1 */
	IPCS_EXPECT_MEMEQ(buf, "ab", 2);
	IPCS_EXPECT_EQ(peek_off(sv[1]), 1);
	IPCS_EXPECT_EQ(recv(sv[1], buf, 3, MSG_PEEK), 3);
	IPCS_EXPECT_MEMEQ(buf, "def", 3); /* what the next peek would have seen */
}

IPCS_MAIN(new_socket_is_minus_one, stream_peeks_advance, receive_pulls_offset_back)
