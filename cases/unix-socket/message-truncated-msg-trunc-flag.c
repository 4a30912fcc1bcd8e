/*
 * A datagram or seqpacket record longer than the receive buffer is
 * truncated: recvmsg() returns the bytes that fit, sets MSG_TRUNC in
 * msg_flags, and the rest of that message is discarded (the next read
 * returns the next message).
 *
 * Ref: POSIX.1-2017 recvmsg ("If a message is too long to fit in the
 * supplied buffers, and MSG_PEEK is not set in the flags argument, the excess
 * bytes shall be discarded"; msg_flags "MSG_TRUNC Normal data was
 * truncated"); recv(2) recvmsg() MSG_TRUNC ("indicates that the trailing
 * portion of a datagram was discarded because the datagram was larger than
 * the buffer supplied").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a message longer than the buffer is truncated, MSG_TRUNC is set, the rest "
                      "is discarded",
          .ref = "POSIX.1-2017 recvmsg; recv(2) recvmsg() MSG_TRUNC",
          .tags = "dgram,seqpacket,truncation");

static void check(int type)
{
	int sv[2];
	char buf[16];
	struct iovec iov = {.iov_base = buf, .iov_len = 4};
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "0123456789", 10, 0));
	IPCS_SAFE(send(sv[0], "next", 4, 0));
	IPCS_EXPECT_EQ(recvmsg(sv[1], &msg, 0), 4);
	IPCS_EXPECT_MEMEQ(buf, "0123", 4);
	IPCS_EXPECT_TRUE(msg.msg_flags & MSG_TRUNC);
	memset(buf, 0, sizeof buf);
	iov.iov_len = sizeof buf;
	msg.msg_flags = 0;
	IPCS_EXPECT_EQ(recvmsg(sv[1], &msg, MSG_DONTWAIT), 4);
	IPCS_EXPECT_MEMEQ(buf, "next", 4); /* "456789" was discarded */
	IPCS_EXPECT_EQ(msg.msg_flags & MSG_TRUNC, 0);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(dgram, seqpacket)
