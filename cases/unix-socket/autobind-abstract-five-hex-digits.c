/*
 * bind() with addrlen sizeof(sa_family_t), or setting SO_PASSCRED on an
 * unbound socket that then connects, autobinds the socket to an abstract
 * name: a NUL byte followed by 5 characters from [0-9a-f].
 *
 * Ref: unix(7) Autobind feature ("If a bind(2) call specifies addrlen as
 * sizeof(sa_family_t), or the SO_PASSCRED socket option was specified for a
 * socket that was not explicitly bound to an address, then the socket is
 * autobound to an abstract address. The address consists of a null byte
 * followed by 5 bytes in the character set [0-9a-f]"), SO_PASSCRED.
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "autobind gives a UNIX socket an abstract name of NUL plus 5 hex digits",
          .ref = "unix(7) Autobind feature, SO_PASSCRED", .tags = "autobind,abstract");

static void expect_autobound(int fd)
{
	struct sockaddr_un sa;
	socklen_t len = sizeof sa;

	memset(&sa, 0x7f, sizeof sa);
	IPCS_ASSERT_OK(getsockname(fd, (struct sockaddr *)&sa, &len));
	IPCS_EXPECT_EQ(sa.sun_family, AF_UNIX);
	IPCS_EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 6);
	IPCS_EXPECT_EQ(sa.sun_path[0], '\0');
	for (int i = 1; i < 6; i++)
		IPCS_EXPECT_TRUE(strchr("0123456789abcdef", sa.sun_path[i]) && sa.sun_path[i]);
}

IPCS_TEST(bind_with_family_only)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_ASSERT_OK(bind(fd, (struct sockaddr *)&sa, sizeof(sa_family_t)));
	expect_autobound(fd);
}

IPCS_TEST(passcred_then_connect)
{
	struct ipcs_unix_addr addr;
	int on = 1;

	ipcs_unix_abstract_addr(&addr, "srv");
	ipcs_unix_bound(SOCK_DGRAM, &addr);
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_SAFE(setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
	IPCS_ASSERT_OK(connect(fd, (struct sockaddr *)&addr.sa, addr.len));
	expect_autobound(fd);
}

IPCS_MAIN(bind_with_family_only, passcred_then_connect)
