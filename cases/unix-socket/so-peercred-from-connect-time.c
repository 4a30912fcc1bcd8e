/*
 * SO_PEERCRED reports the credentials the peer had when it called connect():
 * a client that changes its uid and gid after connecting is still reported
 * with the old ones, and with its pid.
 *
 * Ref: unix(7) SO_PEERCRED ("The returned credentials are those that were in
 * effect at the time of the call to connect(2) or socketpair(2)").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_PEERCRED keeps the uid/gid a UNIX client had at connect time after it "
                      "changes identity",
          .ref = "unix(7) SO_PEERCRED", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "so_peercred,credentials");

static struct ipcs_unix_addr addr;

static void connect_then_change(void *arg)
{
	(void)arg;
	int fd = ipcs_unix_connect(SOCK_STREAM, &addr);
	ipcs_become_user(0); /* after connect */
	IPCS_SAFE(send(fd, "c", 1, 0));
	char c;
	IPCS_SAFE(recv(fd, &c, 1, 0)); /* stay until the server has looked */
}

IPCS_TEST(credentials_of_connect_time)
{
	struct ucred cred;
	socklen_t len = sizeof cred;
	char c;

	if (ipcs_user_uid(0) == getuid() && ipcs_user_gid(0) == getgid())
		IPCS_SKIP("needs an identity other than the test's to switch to (CAP_SETUID)");
	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	pid_t pid = ipcs_spawn(connect_then_change, NULL);
	int server = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	IPCS_SAFE(recv(server, &c, 1, 0)); /* the client has changed identity */
	IPCS_SAFE(getsockopt(server, SOL_SOCKET, SO_PEERCRED, &cred, &len));
	IPCS_EXPECT_EQ(cred.pid, pid);
	IPCS_EXPECT_EQ(cred.uid, getuid()); /* not ipcs_user_uid(0) */
	IPCS_EXPECT_EQ(cred.gid, getgid());
	IPCS_SAFE(send(server, "s", 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(credentials_of_connect_time)
