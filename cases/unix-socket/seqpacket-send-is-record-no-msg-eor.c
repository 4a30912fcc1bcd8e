/*
 * On a UNIX SOCK_SEQPACKET socket each send() is one whole record whether or
 * not it carries MSG_EOR, and recvmsg() never reports MSG_EOR in msg_flags
 * (kernel); POSIX lets a record span several sends and shows its end with
 * MSG_EOR, so a system following POSIX fails this case.
 *
 * Ref: net/unix/af_unix.c unix_seqpacket_sendmsg() -> unix_dgram_sendmsg()
 * (one skb per call, MSG_EOR neither needed nor reported);
 * POSIX.1-2017 XSH 2.10.6 Socket Types ("A record can be sent using one or
 * more output operations ... Record boundaries are visible to the receiver
 * via the MSG_EOR flag in the received message flags returned by the
 * recvmsg() function"); send(2) MSG_EOR ("Terminates a record (when this
 * notion is supported, as for sockets of type SOCK_SEQPACKET)").
 */
#include <string.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "UNIX seqpacket: every send is a record, MSG_EOR or not, and recvmsg never "
                      "sets MSG_EOR (kernel)",
          .ref = "net/unix/af_unix.c unix_seqpacket_sendmsg(); POSIX.1-2017 XSH 2.10.6; send(2)",
          .tags = "seqpacket,msg_eor,deviation");

static ssize_t recv_flags(int fd, char *buf, size_t len, int *flags)
{
	struct iovec iov = {.iov_base = buf, .iov_len = len};
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
	ssize_t n = recvmsg(fd, &msg, MSG_DONTWAIT);
	*flags = msg.msg_flags;
	return n;
}

IPCS_TEST(each_send_one_record)
{
	int sv[2], flags;
	char buf[16];

	ipcs_unix_pair(SOCK_SEQPACKET, sv);
	IPCS_SAFE(send(sv[0], "ab", 2, 0)); /* no MSG_EOR */
	IPCS_SAFE(send(sv[0], "cd", 2, MSG_EOR));
	IPCS_EXPECT_EQ(recv_flags(sv[1], buf, sizeof buf, &flags), 2); /* "ab" alone */
	IPCS_EXPECT_MEMEQ(buf, "ab", 2);
	IPCS_EXPECT_EQ(flags & MSG_EOR, 0);
	IPCS_EXPECT_EQ(recv_flags(sv[1], buf, sizeof buf, &flags), 2);
	IPCS_EXPECT_MEMEQ(buf, "cd", 2);
	IPCS_EXPECT_EQ(flags & MSG_EOR, 0); /* not reported even when sent */
}

IPCS_MAIN(each_send_one_record)
