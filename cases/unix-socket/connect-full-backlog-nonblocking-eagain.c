/*
 * A non-blocking connect() to a UNIX stream listener whose queue of pending
 * connections is full fails with EAGAIN; the queue admits at least the
 * backlog given to listen(), and accepting one connection makes room again.
 *
 * Ref: connect(2) ERRORS ("EAGAIN For nonblocking UNIX domain sockets, the
 * socket is nonblocking, and the connection cannot be completed
 * immediately"); listen(2) DESCRIPTION ("The backlog argument defines the
 * maximum length to which the queue of pending connections for sockfd may
 * grow"). Linux admits backlog + 1 (net/unix/af_unix.c unix_recvq_full()
 * compares with ">").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a non-blocking connect to a UNIX listener with a full backlog fails with "
                      "EAGAIN",
          .ref = "connect(2) ERRORS EAGAIN; listen(2) DESCRIPTION", .tags = "connect,backlog");

enum { BACKLOG = 2, MAX_TRIES = 64 };

IPCS_TEST(full_backlog_eagain)
{
	struct ipcs_unix_addr addr;
	int admitted = 0;

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, BACKLOG);
	for (; admitted < MAX_TRIES; admitted++) {
		int fd = ipcs_unix_socket(SOCK_STREAM | SOCK_NONBLOCK);
		if (connect(fd, (struct sockaddr *)&addr.sa, addr.len) == -1) {
			IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len),
			                  EAGAIN);
			break;
		}
	}
	IPCS_NOTE("%d connections admitted with backlog %d", admitted, BACKLOG);
	IPCS_EXPECT_GE(admitted, BACKLOG);
	IPCS_EXPECT_LE(admitted, BACKLOG + 1);

	/* accepting one connection makes room for one more */
	IPCS_SAFE(accept(listener, NULL, NULL));
	int fd = ipcs_unix_socket(SOCK_STREAM | SOCK_NONBLOCK);
	IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&addr.sa, addr.len));
	fd = ipcs_unix_socket(SOCK_STREAM | SOCK_NONBLOCK);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EAGAIN);
}

IPCS_MAIN(full_backlog_eagain)
