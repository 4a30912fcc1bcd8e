/*
 * recvmsg() with MSG_PEEK of a message carrying SCM_RIGHTS already installs
 * descriptors in the receiver, and the real receive installs another set:
 * each is a new descriptor for the same open file (kernel).
 *
 * Ref: net/unix/af_unix.c unix_dgram_recvmsg() (with MSG_PEEK: "scm.fp =
 * scm_fp_dup(UNIXCB(skb).fp)", commented "It is questionable: on PEEK we
 * could: - do not return fds - good, but too simple 8) - return fds, and do
 * not return them on read (old strategy, apparently wrong) - clone fds (I
 * chose it for now, it is the most universal solution)"); unix(7)
 * SCM_RIGHTS.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "MSG_PEEK of an SCM_RIGHTS message installs descriptors, and the receive "
                      "installs another set (kernel)",
          .ref = "net/unix/af_unix.c unix_dgram_recvmsg(); unix(7) SCM_RIGHTS",
          .tags = "scm_rights,peek,ancillary");

static void check(int type)
{
	int sv[2], p[2], peeked = -1, got = -1, flags;
	ssize_t n;
	char c;

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(pipe2(p, O_NONBLOCK));
	ipcs_unix_send_fds(sv[0], "f", 1, &p[1], 1);
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &peeked, 1, MSG_PEEK, &n, &flags), 1);
	IPCS_EXPECT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &got, 1, 0, &n, &flags), 1);
	IPCS_ASSERT_GE(peeked, 0);
	IPCS_ASSERT_GE(got, 0);
	IPCS_EXPECT_NE(peeked, got);
	/* both are the pipe's write end: a write through each reaches p[0] */
	IPCS_EXPECT_EQ(write(peeked, "1", 1), 1);
	IPCS_EXPECT_EQ(write(got, "2", 1), 1);
	char buf[4];
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 2);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_MAIN(dgram, stream)
