/*
 * sendto() to a UNIX datagram socket that is connected to some other socket
 * fails with EPERM (kernel): the receiver's association turns away every
 * other sender at send time, while its peer still gets through.
 *
 * Ref: net/unix/af_unix.c unix_dgram_sendmsg() ("err = -EPERM; if
 * (!unix_may_send(sk, other)) goto out_unlock;"), unix_may_send() ("return
 * unix_peer(osk) == NULL || unix_our_peer(sk, osk)"); connect(2) DESCRIPTION
 * (a datagram socket's peer is "the only address from which datagrams are
 * received").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "sendto a UNIX datagram socket connected to another socket fails with "
                      "EPERM (kernel)",
          .ref = "net/unix/af_unix.c unix_dgram_sendmsg(), unix_may_send(); connect(2)",
          .tags = "dgram,connect,eperm");

IPCS_TEST(third_party_eperm)
{
	struct ipcs_unix_addr a_addr, b_addr;

	ipcs_unix_path_addr(&a_addr, "a");
	ipcs_unix_path_addr(&b_addr, "b");
	int a = ipcs_unix_bound(SOCK_DGRAM, &a_addr);
	int b = ipcs_unix_bound(SOCK_DGRAM, &b_addr);
	IPCS_SAFE(connect(b, (struct sockaddr *)&a_addr.sa, a_addr.len)); /* b's peer is a */
	int c = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(
	    sendto(c, "C", 1, MSG_DONTWAIT, (struct sockaddr *)&b_addr.sa, b_addr.len), EPERM);
	/* the control: b's peer sends to it */
	IPCS_EXPECT_EQ(sendto(a, "A", 1, MSG_DONTWAIT, (struct sockaddr *)&b_addr.sa, b_addr.len),
	               1);
}

IPCS_MAIN(third_party_eperm)
