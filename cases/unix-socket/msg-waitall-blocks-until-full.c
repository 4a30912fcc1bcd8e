/*
 * recv() with MSG_WAITALL on a UNIX stream socket blocks while only part of
 * the requested bytes are queued, and returns the full amount once the rest
 * arrives; after the peer closes it returns the shorter count.
 *
 * Ref: POSIX.1-2017 recv (MSG_WAITALL "On SOCK_STREAM sockets this requests
 * that the function block until the full amount of data can be returned. The
 * function may return the smaller amount of data if the socket is a
 * message-based socket, if a signal is caught, if the connection is
 * terminated ..."); recv(2) MSG_WAITALL.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "MSG_WAITALL on a UNIX stream socket blocks until the full amount is "
                      "queued, or returns less at EOF",
          .ref = "POSIX.1-2017 recv MSG_WAITALL; recv(2) MSG_WAITALL",
          .tags = "stream,waitall,blocking");

static int sv[2];

static void receive_eight(void *arg)
{
	char buf[8];
	IPCS_SAFE(close(sv[0]));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_WAITALL), (ssize_t)(long)arg);
	if (arg == (void *)8)
		IPCS_EXPECT_MEMEQ(buf, "abcdefgh", 8);
}

IPCS_TEST(waits_for_the_rest)
{
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "abcd", 4, 0));
	pid_t pid = ipcs_spawn(receive_eight, (void *)8);
	IPCS_EXPECT_BLOCKED_IN(pid, "recv"); /* 4 of the 8 bytes are queued */
	IPCS_SAFE(send(sv[0], "efgh", 4, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(short_at_eof)
{
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(send(sv[0], "abc", 3, 0));
	pid_t pid = ipcs_spawn(receive_eight, (void *)3);
	IPCS_EXPECT_BLOCKED_IN(pid, "recv");
	IPCS_SAFE(close(sv[0])); /* the child closed its copy already */
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(waits_for_the_rest, short_at_eof)
