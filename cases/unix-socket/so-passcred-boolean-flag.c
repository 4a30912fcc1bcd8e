/*
 * SO_PASSCRED is an integer boolean flag: it reads 0 on a new UNIX socket,
 * any non-zero value set reads back as 1, and setting 0 clears it.
 *
 * Ref: unix(7) SO_PASSCRED ("The value given as an argument to setsockopt(2)
 * and returned as the result of getsockopt(2) is an integer boolean flag").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_PASSCRED reads 0 on a new UNIX socket, 1 after any non-zero set, 0 "
                      "after clearing",
          .ref = "unix(7) SO_PASSCRED", .tags = "options,so_passcred");

static int passcred(int fd)
{
	int v = -1;
	socklen_t len = sizeof v;
	IPCS_ASSERT_OK(getsockopt(fd, SOL_SOCKET, SO_PASSCRED, &v, &len));
	IPCS_EXPECT_EQ(len, (socklen_t)sizeof v);
	return v;
}

static void set(int fd, int value)
{
	IPCS_ASSERT_OK(setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &value, sizeof value));
}

IPCS_TEST(boolean_values)
{
	int sv[2];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_EQ(passcred(sv[0]), 0);
	set(sv[0], 5);
	IPCS_EXPECT_EQ(passcred(sv[0]), 1);
	set(sv[0], 0);
	IPCS_EXPECT_EQ(passcred(sv[0]), 0);
}

IPCS_MAIN(boolean_values)
