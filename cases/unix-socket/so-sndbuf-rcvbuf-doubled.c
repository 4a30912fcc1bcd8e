/*
 * SO_SNDBUF and SO_RCVBUF set with setsockopt() on a UNIX socket read back
 * doubled from getsockopt(); a value below the minimum gives at least the
 * documented minimum (2048 for SO_SNDBUF, 256 for SO_RCVBUF), one above
 * wmem_max/rmem_max gives twice that maximum.
 *
 * Ref: socket(7) SO_SNDBUF ("The kernel doubles this value ... when it is set
 * using setsockopt(2), and this doubled value is returned by getsockopt(2)";
 * "the maximum allowed value is set by the /proc/sys/net/core/wmem_max file.
 * The minimum (doubled) value for this option is 2048"), SO_RCVBUF (the
 * same with rmem_max, minimum 256).
 */
#include <stdio.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_SNDBUF/SO_RCVBUF read back doubled, at least the minimum, at most twice "
                      "the sysctl maximum",
          .ref = "socket(7) SO_SNDBUF, SO_RCVBUF", .tags = "options,sndbuf,rcvbuf");

static int set_get(int fd, int opt, int value)
{
	int v = 0;
	socklen_t len = sizeof v;
	IPCS_ASSERT_OK(setsockopt(fd, SOL_SOCKET, opt, &value, sizeof value));
	IPCS_ASSERT_OK(getsockopt(fd, SOL_SOCKET, opt, &v, &len));
	return v;
}

static long sysctl_max(const char *path)
{
	long v = -1;
	FILE *f = fopen(path, "re");
	if (!f)
		IPCS_SKIP("%s cannot be read here (%s)", path, ipcs_errno_name(errno));
	if (fscanf(f, "%ld", &v) != 1)
		v = -1;
	fclose(f);
	if (v < 0)
		IPCS_BROKEN("%s holds no number", path);
	return v;
}

IPCS_TEST(sndbuf_doubled)
{
	int fd = ipcs_unix_socket(SOCK_STREAM);
	if (sysctl_max("/proc/sys/net/core/wmem_max") < 8192)
		IPCS_SKIP("wmem_max is below 8192");
	IPCS_EXPECT_EQ(set_get(fd, SO_SNDBUF, 8192), 16384);
}

IPCS_TEST(rcvbuf_doubled)
{
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	if (sysctl_max("/proc/sys/net/core/rmem_max") < 8192)
		IPCS_SKIP("rmem_max is below 8192");
	IPCS_EXPECT_EQ(set_get(fd, SO_RCVBUF, 8192), 16384);
}

IPCS_TEST(minimums)
{
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_GE(set_get(fd, SO_SNDBUF, 1), 2048);
	IPCS_EXPECT_GE(set_get(fd, SO_RCVBUF, 1), 256);
}

IPCS_TEST(capped_at_twice_max)
{
	int fd = ipcs_unix_socket(SOCK_STREAM);
	long wmax = sysctl_max("/proc/sys/net/core/wmem_max");
	long rmax = sysctl_max("/proc/sys/net/core/rmem_max");
	if (wmax > 0x3fffffff / 2 || rmax > 0x3fffffff / 2)
		IPCS_SKIP("wmem_max/rmem_max too large to exceed in an int");
	IPCS_EXPECT_EQ(set_get(fd, SO_SNDBUF, (int)wmax + 4096), 2 * wmax);
	IPCS_EXPECT_EQ(set_get(fd, SO_RCVBUF, (int)rmax + 4096), 2 * rmax);
}

IPCS_MAIN(sndbuf_doubled, rcvbuf_doubled, minimums, capped_at_twice_max)
