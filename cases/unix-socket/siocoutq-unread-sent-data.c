/*
 * ioctl(SIOCOUTQ) on a UNIX socket counts what it sent that the peer has not
 * read yet: 0 with nothing pending, at least the bytes sent while they are
 * unread, 0 again once the peer reads them (kernel: the count is the memory
 * the queued buffers hold, not the payload bytes).
 *
 * Ref: net/unix/af_unix.c unix_ioctl() SIOCOUTQ -> unix_outq_len()
 * ("return sk_wmem_alloc_get(sk)"); unix(7) documents only SIOCINQ.
 */
#include <sys/ioctl.h>

#include "ipcsuite_unix_socket.h"

/* <linux/sockios.h> defines it so, but musl installs no kernel headers. */
#ifndef SIOCOUTQ
#define SIOCOUTQ TIOCOUTQ
#endif

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "SIOCOUTQ counts a UNIX socket's sent but unread data, and drops to 0 when "
                      "the peer reads it (kernel)",
          .ref = "net/unix/af_unix.c unix_ioctl(), unix_outq_len()", .tags = "ioctl,siocoutq");

static int outq(int fd)
{
	int v = -1;
	IPCS_ASSERT_OK(ioctl(fd, SIOCOUTQ, &v));
	return v;
}

static void check(int type)
{
	int sv[2];
	char buf[200] = {0};

	ipcs_unix_pair(type, sv);
	IPCS_EXPECT_EQ(outq(sv[0]), 0);
	IPCS_SAFE(send(sv[0], buf, 100, 0));
	IPCS_EXPECT_GE(outq(sv[0]), 100);
	IPCS_SAFE(recv(sv[1], buf, sizeof buf, 0));
	IPCS_EXPECT_EQ(outq(sv[0]), 0);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_MAIN(stream, dgram)
