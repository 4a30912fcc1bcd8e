/*
 * connect() with sa_family AF_UNSPEC dissolves a UNIX datagram socket's
 * association: send() without an address then fails with ENOTCONN, and
 * datagrams from other senders are received again.
 *
 * Ref: connect(2) DESCRIPTION ("Some protocol sockets (e.g., TCP sockets as
 * well as datagram sockets in the UNIX and Internet domains) may dissolve
 * the association by connecting to an address with the sa_family member of
 * sockaddr set to AF_UNSPEC; thereafter, the socket can be connected to
 * another address"); unix(7) ERRORS ENOTCONN.
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "connect(AF_UNSPEC) dissolves a UNIX datagram association: ENOTCONN on "
                      "send, any sender accepted",
          .ref = "connect(2) DESCRIPTION; unix(7) ERRORS ENOTCONN", .tags = "dgram,connect");

IPCS_TEST(association_dissolved)
{
	struct ipcs_unix_addr a, b;
	struct sockaddr unspec = {.sa_family = AF_UNSPEC};
	char c;

	ipcs_unix_path_addr(&a, "a");
	ipcs_unix_path_addr(&b, "b");
	int sa = ipcs_unix_bound(SOCK_DGRAM, &a);
	int sb = ipcs_unix_bound(SOCK_DGRAM, &b);
	int third = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_SAFE(connect(sa, (struct sockaddr *)&b.sa, b.len));
	IPCS_SAFE(send(sa, "1", 1, 0)); /* associated: send needs no address */
	IPCS_SAFE(recv(sb, &c, 1, 0));
	IPCS_EXPECT_OK(connect(sa, &unspec, sizeof unspec));
	IPCS_EXPECT_ERRNO(send(sa, "2", 1, MSG_DONTWAIT), ENOTCONN);
	/* a third socket's datagram reaches sa now */
	IPCS_SAFE(sendto(third, "3", 1, MSG_DONTWAIT, (struct sockaddr *)&a.sa, a.len));
	IPCS_EXPECT_EQ(recv(sa, &c, 1, MSG_DONTWAIT), 1);
	IPCS_EXPECT_EQ(c, '3');
}

IPCS_MAIN(association_dissolved)
