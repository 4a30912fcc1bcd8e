/*
 * On a UNIX stream socket, a sendmsg() of SCM_RIGHTS with no data byte
 * returns 0 and sends nothing: the descriptors never arrive and are
 * released (kernel); on a datagram socket the same empty message is a
 * datagram that carries them.
 *
 * Ref: unix(7) NOTES ("To pass file descriptors or credentials over a
 * SOCK_STREAM socket, you must send or receive at least one byte of
 * nonancillary data in the same sendmsg(2) or recvmsg(2) call");
 * net/unix/af_unix.c unix_stream_sendmsg() (the send loop runs "while (sent
 * < len)", and scm_destroy() drops the descriptors).
 */
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "SCM_RIGHTS without a data byte on a UNIX stream socket is dropped; on a "
                      "datagram socket it arrives (kernel)",
          .ref = "unix(7) NOTES; net/unix/af_unix.c unix_stream_sendmsg()",
          .tags = "scm_rights,stream,ancillary");

static int rd;

/* sendmsg of zero data bytes carrying the write end of a new pipe, whose
 * own copy is closed: the pipe reads EOF once no one holds that end. */
static long send_writer_without_data(int sock)
{
	int p[2];
	char control[CMSG_SPACE(sizeof(int))] = {0};
	struct iovec iov = {.iov_base = "x", .iov_len = 0};
	struct msghdr msg = {.msg_iov = &iov,
	                     .msg_iovlen = 1,
	                     .msg_control = control,
	                     .msg_controllen = sizeof control};

	IPCS_SAFE(pipe2(p, O_NONBLOCK));
	rd = p[0];
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[1], sizeof(int));
	long r = sendmsg(sock, &msg, MSG_DONTWAIT);
	IPCS_SAFE(close(p[1]));
	return r;
}

IPCS_TEST(stream_drops)
{
	int sv[2];
	char c;

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_EQ(send_writer_without_data(sv[0]), 0);
	IPCS_EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN); /* nothing queued */
	IPCS_EXPECT_EQ(read(rd, &c, 1), 0); /* the descriptor sent was released */
}

IPCS_TEST(dgram_carries)
{
	int sv[2], fd = -1, flags;
	ssize_t got;
	char c;

	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_EXPECT_EQ(send_writer_without_data(sv[0]), 0);
	struct pollfd pfd = {.fd = sv[1], .events = POLLIN};
	IPCS_ASSERT_EQ(poll(&pfd, 1, 0), 1); /* the empty datagram is queued */
	IPCS_EXPECT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &fd, 1, MSG_DONTWAIT, &got, &flags), 1);
	IPCS_EXPECT_EQ(got, 0);
	IPCS_EXPECT_ERRNO(read(rd, &c, 1), EAGAIN); /* held by the received descriptor */
}

IPCS_MAIN(stream_drops, dgram_carries)
