/*
 * SO_PEERCRED returns the peer's credentials from the time of connect() or
 * socketpair(): the accepted socket reports the connecting process, the
 * connecting socket the process that made the listener listen, and both
 * ends of a socketpair the process that created it.
 *
 * Ref: unix(7) SO_PEERCRED ("returns the credentials of the peer process
 * connected to this socket. The returned credentials are those that were in
 * effect at the time of the call to connect(2) or socketpair(2)"); socket(7)
 * SO_PEERCRED.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_PEERCRED names the peer process of a UNIX connection or socketpair",
          .ref = "unix(7) SO_PEERCRED; socket(7)", .tags = "so_peercred,credentials");

static struct ipcs_unix_addr addr;
static pid_t listener_pid;
static int sync_fds[2]; /* a socketpair: the client holds its connection until told */

static struct ucred peercred(int fd)
{
	struct ucred cred = {0};
	socklen_t len = sizeof cred;
	IPCS_ASSERT_OK(getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len));
	IPCS_EXPECT_EQ(len, sizeof cred);
	return cred;
}

static void client(void *arg)
{
	(void)arg;
	int fd = ipcs_unix_connect(SOCK_STREAM, &addr);
	struct ucred c = peercred(fd);
	IPCS_EXPECT_EQ(c.pid, listener_pid);
	IPCS_EXPECT_EQ(c.uid, geteuid());
	IPCS_EXPECT_EQ(c.gid, getegid());
	char x;
	IPCS_SAFE(write(sync_fds[1], "k", 1));
	IPCS_SAFE(read(sync_fds[1], &x, 1)); /* stay connected until the parent asked */
}

IPCS_TEST(connected_pair)
{
	listener_pid = getpid();
	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	ipcs_unix_pair(SOCK_STREAM, sync_fds);
	pid_t pid = ipcs_spawn(client, NULL);
	int fd = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	char x;
	IPCS_SAFE(read(sync_fds[0], &x, 1));
	struct ucred c = peercred(fd);
	IPCS_EXPECT_EQ(c.pid, pid);
	IPCS_EXPECT_EQ(c.uid, geteuid());
	IPCS_EXPECT_EQ(c.gid, getegid());
	IPCS_SAFE(write(sync_fds[0], "k", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(socketpair_ends)
{
	int sv[2];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_EQ(peercred(sv[0]).pid, getpid());
	IPCS_EXPECT_EQ(peercred(sv[1]).pid, getpid());
}

IPCS_MAIN(connected_pair, socketpair_ends)
