/*
 * accept() on a blocking UNIX listener with no pending connection blocks
 * until a client connects, then returns the new connection; on a
 * non-blocking listener it fails with EAGAIN instead.
 *
 * Ref: POSIX.1-2017 accept ("If the listen queue is empty of connection
 * requests and O_NONBLOCK is not set on the file descriptor for the socket,
 * accept() shall block until a connection is present. If the listen() queue
 * is empty of connection requests and O_NONBLOCK is set ..., accept() shall
 * fail and set errno to [EAGAIN] or [EWOULDBLOCK]"); accept(2) DESCRIPTION,
 * ERRORS EAGAIN.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "accept blocks until a UNIX client connects; a non-blocking listener gives "
                      "EAGAIN",
          .ref = "POSIX.1-2017 accept; accept(2) DESCRIPTION, ERRORS", .tags = "accept,blocking");

static int listener;

static void accept_one(void *arg)
{
	char c = 0;
	(void)arg;
	int fd = (int)accept(listener, NULL, NULL);
	IPCS_EXPECT_GE(fd, 0);
	if (fd >= 0)
		IPCS_EXPECT_EQ(recv(fd, &c, 1, 0), 1);
	IPCS_EXPECT_EQ(c, 'h'); /* it is the client's connection */
}

IPCS_TEST(blocks_until_connect)
{
	struct ipcs_unix_addr addr;
	listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	pid_t pid = ipcs_spawn(accept_one, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "accept");
	int fd = ipcs_unix_connect(SOCK_STREAM, &addr);
	IPCS_SAFE(send(fd, "h", 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(nonblocking_eagain)
{
	struct ipcs_unix_addr addr;
	listener = ipcs_unix_listener(SOCK_STREAM | SOCK_NONBLOCK, &addr, 4);
	IPCS_EXPECT_ERRNO(accept(listener, NULL, NULL), EAGAIN);
}

IPCS_MAIN(blocks_until_connect, nonblocking_eagain)
