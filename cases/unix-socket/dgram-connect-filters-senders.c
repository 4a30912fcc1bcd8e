/*
 * A UNIX datagram socket connected to a peer receives datagrams only from
 * that peer: a datagram a third socket sends to it is not received, while
 * the peer's are.
 *
 * Ref: POSIX.1-2017 connect ("For SOCK_DGRAM sockets, the peer address
 * identifies where all datagrams are sent on subsequent send() functions,
 * and limits the remote sender for subsequent recv() functions"); connect(2)
 * DESCRIPTION ("If the socket sockfd is of type SOCK_DGRAM, then addr is the
 * address to which datagrams are sent by default, and the only address from
 * which datagrams are received"). Linux refuses the third socket's send with
 * EPERM (net/unix/af_unix.c unix_may_send()).
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a connected UNIX datagram socket receives only from its peer",
          .ref = "POSIX.1-2017 connect; connect(2) DESCRIPTION", .tags = "dgram,connect");

IPCS_TEST(third_party_not_received)
{
	struct ipcs_unix_addr a_addr, b_addr;
	char buf[8];

	ipcs_unix_abstract_addr(&a_addr, "a");
	ipcs_unix_abstract_addr(&b_addr, "b");
	int a = ipcs_unix_bound(SOCK_DGRAM, &a_addr);
	int b = ipcs_unix_bound(SOCK_DGRAM, &b_addr);
	IPCS_SAFE(connect(b, (struct sockaddr *)&a_addr.sa, a_addr.len)); /* b accepts only a */
	int c = ipcs_unix_socket(SOCK_DGRAM);

	long r = sendto(c, "C", 1, MSG_DONTWAIT, (struct sockaddr *)&b_addr.sa, b_addr.len);
	IPCS_NOTE("third socket's sendto returned %ld (%s)", r,
	          r == -1 ? ipcs_errno_name(errno) : "ok");
	IPCS_SAFE(sendto(a, "A", 1, 0, (struct sockaddr *)&b_addr.sa, b_addr.len));
	IPCS_EXPECT_EQ(recv(b, buf, sizeof buf, MSG_DONTWAIT), 1);
	IPCS_EXPECT_EQ(buf[0], 'A'); /* the peer's datagram, not the third one's */
	IPCS_EXPECT_ERRNO(recv(b, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
}

IPCS_MAIN(third_party_not_received)
