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

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/net/unix lists a UNIX socket with its type and path ('@' for "
                      "abstract)",
          .ref = "proc(5) /proc/net/unix", .tags = "proc,observability");

static void check(int type, unsigned want_type, bool abstract)
{
	struct ipcs_unix_addr addr;
	struct ipcs_unix_proc_entry e;
	char want[128];

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
	IPCS_ASSERT_TRUE(ipcs_unix_proc_find(ipcs_unix_inode(fd), &e));
	IPCS_EXPECT_EQ(e.type, want_type);
	IPCS_EXPECT_STREQ(e.path, want);
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
