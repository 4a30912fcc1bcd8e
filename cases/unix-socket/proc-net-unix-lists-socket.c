/*
 * /proc/net/unix lists each UNIX socket, found by its inode number: the Type
 * column is 0001 for SOCK_STREAM, 0002 for SOCK_DGRAM, 0005 for
 * SOCK_SEQPACKET, and the Path column shows the bound pathname, or '@' and
 * the name for an abstract socket.
 *
 * Ref: proc(5) /proc/net/unix ("Type: the socket type. For SOCK_STREAM
 * sockets, this is 0001; for SOCK_DGRAM sockets, it is 0002; and for
 * SOCK_SEQPACKET sockets, it is 0005"; "Inode: the inode number of the
 * socket"; "Path: the bound pathname (if any) of the socket. Sockets in the
 * abstract namespace are included in the list, and are shown with a Path
 * that commences with the character '@'").
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/net/unix lists a UNIX socket with its type and path ('@' for "
                      "abstract)",
          .ref = "proc(5) /proc/net/unix", .tags = "proc,observability");

/* The line for the socket with this inode: type and path; false if absent. */
static bool find_socket(unsigned long ino, unsigned *type, char *path, size_t size)
{
	char line[512];
	bool found = false;
	FILE *f = fopen("/proc/net/unix", "re");

	if (!f)
		IPCS_SKIP("/proc/net/unix cannot be read here (%s)", ipcs_errno_name(errno));
	while (!found && fgets(line, sizeof line, f)) {
		unsigned long inode;
		int off = 0;
		char p[256] = "";
		if (sscanf(line, "%*[^:]: %*x %*x %*x %x %*x %lu%n", type, &inode, &off) != 2)
			continue;
		if (inode != ino)
			continue;
		sscanf(line + off, " %255s", p);
		snprintf(path, size, "%s", p);
		found = true;
	}
	fclose(f);
	return found;
}

static void check(int type, unsigned want_type, bool abstract)
{
	struct ipcs_unix_addr addr;
	struct stat st;
	unsigned got_type = 0;
	char path[256], want[128];

	if (abstract) {
		ipcs_unix_abstract_addr(&addr, "proc");
		snprintf(want, sizeof want, "@%.*s",
		         (int)(addr.len - offsetof(struct sockaddr_un, sun_path) - 1),
		         addr.sa.sun_path + 1);
	} else {
		ipcs_unix_path_addr(&addr, "proc");
		snprintf(want, sizeof want, "%s", addr.path);
	}
	int fd = ipcs_unix_bound(type, &addr);
	IPCS_SAFE(fstat(fd, &st));
	IPCS_ASSERT_TRUE(find_socket((unsigned long)st.st_ino, &got_type, path, sizeof path));
	IPCS_EXPECT_EQ(got_type, want_type);
	IPCS_EXPECT_STREQ(path, want);
}

IPCS_TEST(stream_pathname)
{
	check(SOCK_STREAM, 1, false);
}

IPCS_TEST(dgram_pathname)
{
	check(SOCK_DGRAM, 2, false);
}

IPCS_TEST(seqpacket_abstract)
{
	check(SOCK_SEQPACKET, 5, true);
}

IPCS_MAIN(stream_pathname, dgram_pathname, seqpacket_abstract)
