/*
 * bind() to an abstract name another socket holds fails with EADDRINUSE; once
 * that socket is closed the name can be bound again, with no unlink.
 *
 * Ref: unix(7) ERRORS ("EADDRINUSE The specified local address is already in
 * use"), Abstract sockets ("Abstract sockets automatically disappear when all
 * open references to the socket are closed"); bind(2) ERRORS EADDRINUSE.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "binding an abstract name in use fails with EADDRINUSE; free again once "
                      "closed",
          .ref = "unix(7) ERRORS EADDRINUSE, Abstract sockets; bind(2) ERRORS",
          .tags = "abstract,bind,eaddrinuse");

IPCS_TEST(in_use_then_free)
{
	struct ipcs_unix_addr addr;
	ipcs_unix_abstract_addr(&addr, "inuse");
	int first = ipcs_unix_bound(SOCK_STREAM, &addr);
	int second = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(bind(second, (struct sockaddr *)&addr.sa, addr.len), EADDRINUSE);
	IPCS_SAFE(close(first));
	IPCS_EXPECT_OK(bind(second, (struct sockaddr *)&addr.sa, addr.len));
}

IPCS_MAIN(in_use_then_free)
