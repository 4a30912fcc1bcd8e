/*
 * Once a listening socket's file is unlinked, new connect() calls to the path
 * fail with ENOENT, while a connection made before keeps working and the
 * listener still accepts what was queued.
 *
 * Ref: unix(7) NOTES ("The usual UNIX close-behind semantics apply; the
 * socket can be unlinked at any time and will be finally removed from the
 * filesystem when the last reference to it is closed"), ERRORS ("ENOENT The
 * pathname in the remote address specified to connect(2) did not exist").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after unlinking a UNIX socket file, connect fails with ENOENT; existing "
                      "connections go on",
          .ref = "unix(7) NOTES, ERRORS ENOENT", .tags = "pathname,unlink");

IPCS_TEST(unlink_keeps_connections)
{
	struct ipcs_unix_addr addr;
	char c;

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	int client = ipcs_unix_connect(SOCK_STREAM, &addr);
	IPCS_SAFE(unlink(addr.path));
	int late = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(late, (struct sockaddr *)&addr.sa, addr.len), ENOENT);
	int server = (int)IPCS_SAFE(accept(listener, NULL, NULL)); /* queued before the unlink */
	IPCS_EXPECT_EQ(send(client, "k", 1, 0), 1);
	IPCS_EXPECT_EQ(recv(server, &c, 1, 0), 1);
	IPCS_EXPECT_EQ(c, 'k');
}

IPCS_MAIN(unlink_keeps_connections)
