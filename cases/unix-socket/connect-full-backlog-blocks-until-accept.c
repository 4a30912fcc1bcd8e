/*
 * A blocking connect() to a UNIX stream listener whose backlog is full
 * blocks (kernel), and completes once the listener accepts a pending
 * connection.
 *
 * Ref: net/unix/af_unix.c unix_stream_connect() (a full receive queue of the
 * listener: -EAGAIN without a timeout, else unix_wait_for_peer()); connect(2)
 * ERRORS EAGAIN names the non-blocking case only; POSIX.1-2017 connect ("If
 * the connection cannot be established immediately and O_NONBLOCK is not
 * set ..., connect() shall block ... until the connection is established").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a blocking connect to a UNIX listener with a full backlog blocks until an "
                      "accept (kernel)",
          .ref = "net/unix/af_unix.c unix_stream_connect(); connect(2); POSIX.1-2017 connect",
          .tags = "connect,backlog,blocking");

static struct ipcs_unix_addr addr;

static void connect_blocking(void *arg)
{
	(void)arg;
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&addr.sa, addr.len));
}

IPCS_TEST(blocks_then_completes)
{
	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 1);
	for (int i = 0; i < 64; i++) { /* fill the queue: until EAGAIN */
		int fd = ipcs_unix_socket(SOCK_STREAM | SOCK_NONBLOCK);
		if (connect(fd, (struct sockaddr *)&addr.sa, addr.len) == -1) {
			if (errno != EAGAIN)
				IPCS_BROKEN_ERRNO("filling the backlog");
			break;
		}
		if (i == 63)
			IPCS_BROKEN("64 connections never filled a backlog of 1");
	}
	pid_t pid = ipcs_spawn(connect_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "connect");
	IPCS_SAFE(accept(listener, NULL, NULL));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(blocks_then_completes)
