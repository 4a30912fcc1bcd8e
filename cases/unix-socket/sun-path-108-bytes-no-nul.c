/*
 * Linux binds a pathname that fills all 108 bytes of sun_path with no null
 * terminator (it appends one), and getsockname() then reports a length one
 * byte beyond sizeof(struct sockaddr_un), with no null byte in the sun_path
 * it returns.
 *
 * Ref: unix(7) BUGS ("Linux is one of the implementations that appends a
 * null terminator if none is supplied in sun_path"; "if 108 non-null bytes
 * are supplied when a socket is bound, then the addition of the null
 * terminator takes the length of the pathname beyond sizeof(sun_path).
 * Consequently, when retrieving the socket address ..., if the input addrlen
 * argument for the retrieving call is specified as sizeof(struct
 * sockaddr_un), then the returned address structure won't have a null
 * terminator in sun_path"), DESCRIPTION ("if the output value exceeds the
 * input value, then there is no guarantee that a null terminator is
 * present").
 */
#include <string.h>
#include <sys/stat.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a 108-byte sun_path without NUL binds; getsockname reports one byte more "
                      "than sizeof(sockaddr_un)",
          .ref = "unix(7) BUGS, DESCRIPTION", .tags = "address,sun_path,bind");

enum { SUN_LEN_ = sizeof(((struct sockaddr_un *)0)->sun_path) };

/* A unique path of exactly SUN_LEN_ bytes: the unique name padded with
 * "./" components in front of its last part, so it names the same file. */
static void full_length_path(struct ipcs_unix_addr *addr, char *full)
{
	ipcs_unix_path_addr(addr, "full"); /* registered for removal */
	const char *slash = strrchr(addr->path, '/');
	size_t dir = (size_t)(slash - addr->path) + 1, base = strlen(slash + 1);
	size_t pad = SUN_LEN_ - dir - base;
	if (dir + base > SUN_LEN_)
		IPCS_BROKEN("temp path %s too long to pad", addr->path);
	memcpy(full, addr->path, dir);
	for (size_t i = 0; i < pad; i++)
		full[dir + i] = (i % 2 == 0 && i + 1 < pad) ? '.' : '/';
	/* an odd pad leaves a doubled '/', which names the same directory */
	memcpy(full + dir + pad, slash + 1, base);
}

IPCS_TEST(binds_and_reports_longer_length)
{
	struct ipcs_unix_addr addr;
	struct sockaddr_un sa = {.sun_family = AF_UNIX}, got;
	struct stat st;
	socklen_t len = sizeof got;

	full_length_path(&addr, sa.sun_path);
	IPCS_ASSERT_EQ(memchr(sa.sun_path, '\0', SUN_LEN_), NULL);
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(bind(fd, (struct sockaddr *)&sa, sizeof sa));
	IPCS_EXPECT_OK(stat(addr.path, &st)); /* the socket file is where the path says */
	memset(&got, 0x7f, sizeof got);
	IPCS_SAFE(getsockname(fd, (struct sockaddr *)&got, &len));
	IPCS_EXPECT_EQ(len, (socklen_t)(sizeof(struct sockaddr_un) + 1));
	IPCS_EXPECT_MEMEQ(got.sun_path, sa.sun_path, SUN_LEN_); /* all 108 bytes, no NUL */
}

IPCS_MAIN(binds_and_reports_longer_length)
