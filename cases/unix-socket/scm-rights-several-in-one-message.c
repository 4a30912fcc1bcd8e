/*
 * One SCM_RIGHTS message carries several descriptors; they arrive in the
 * order they were given, each referring to its own file.
 *
 * Ref: unix(7) SCM_RIGHTS ("Send or receive a set of open file descriptors
 * from another process. The data portion contains an integer array of the
 * file descriptors"); cmsg(3).
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "one SCM_RIGHTS message passes several descriptors, in order",
          .ref = "unix(7) SCM_RIGHTS; cmsg(3)", .tags = "scm_rights,ancillary");

enum { N = 3 };

static void check(int type)
{
	int sv[2], pipes[N][2], wr[N], got_fds[N + 1], flags;
	ssize_t got;
	char c;

	for (int i = 0; i < N; i++) {
		IPCS_SAFE(pipe2(pipes[i], O_NONBLOCK));
		wr[i] = pipes[i][1];
	}
	ipcs_unix_pair(type, sv);
	ipcs_unix_send_fds(sv[0], "f", 1, wr, N);
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, got_fds, N + 1, 0, &got, &flags), N);
	IPCS_EXPECT_EQ(flags & MSG_CTRUNC, 0);
	for (int i = 0; i < N; i++) { /* received[i] writes into pipe i */
		char tag = (char)('a' + i), back = 0;
		IPCS_EXPECT_EQ(write(got_fds[i], &tag, 1), 1);
		IPCS_EXPECT_EQ(read(pipes[i][0], &back, 1), 1);
		IPCS_EXPECT_EQ(back, tag);
	}
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_MAIN(stream, dgram)
