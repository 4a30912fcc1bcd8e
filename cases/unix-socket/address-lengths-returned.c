/*
 * The addresses returned for UNIX sockets have the documented lengths: a
 * pathname socket's is offsetof(sun_path) + strlen(sun_path) + 1 with the
 * NUL-terminated path (getsockname, getpeername); an unnamed socket's
 * (socketpair ends, an unbound client seen by accept) is
 * sizeof(sa_family_t).
 *
 * Ref: unix(7) DESCRIPTION pathname ("When the address of a pathname socket
 * is returned ..., its length is offsetof(struct sockaddr_un, sun_path) +
 * strlen(sun_path) + 1"), unnamed ("When the address of an unnamed socket is
 * returned, its length is sizeof(sa_family_t)").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "getsockname/getpeername/accept return pathname and unnamed UNIX addresses "
                      "with the documented lengths",
          .ref = "unix(7) DESCRIPTION pathname, unnamed", .tags = "address,getsockname");

IPCS_TEST(pathname_socket)
{
	struct ipcs_unix_addr addr;
	struct sockaddr_un sa;
	socklen_t len;

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	size_t want = offsetof(struct sockaddr_un, sun_path) + strlen(addr.path) + 1;
	len = sizeof sa;
	memset(&sa, 0x7f, sizeof sa);
	IPCS_ASSERT_OK(getsockname(listener, (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(len, want);
	IPCS_EXPECT_STREQ(sa.sun_path, addr.path);

	int client = ipcs_unix_connect(SOCK_STREAM, &addr);
	len = sizeof sa;
	memset(&sa, 0x7f, sizeof sa);
	IPCS_ASSERT_OK(getpeername(client, (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(len, want);
	IPCS_EXPECT_STREQ(sa.sun_path, addr.path);

	/* the unbound client is unnamed as seen by accept */
	len = sizeof sa;
	IPCS_ASSERT_OK(accept(listener, (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(len, sizeof(sa_family_t));
	IPCS_EXPECT_EQ(sa.sun_family, AF_UNIX);
}

IPCS_TEST(socketpair_ends_are_unnamed)
{
	int sv[2];
	struct sockaddr_un sa;
	socklen_t len = sizeof sa;

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_ASSERT_OK(getsockname(sv[0], (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(len, sizeof(sa_family_t));
	len = sizeof sa;
	IPCS_ASSERT_OK(getpeername(sv[0], (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(len, sizeof(sa_family_t));
}

IPCS_MAIN(pathname_socket, socketpair_ends_are_unnamed)
