/*
 * When the SCM_RIGHTS descriptors received would take the receiver past its
 * RLIMIT_NOFILE, those that fit are installed and the excess ones are closed
 * in the receiving process.
 *
 * Ref: unix(7) SCM_RIGHTS ("If the number of file descriptors received in
 * the ancillary data would cause the process to exceed its RLIMIT_NOFILE
 * resource limit (see getrlimit(2)), the excess file descriptors are
 * automatically closed in the receiving process").
 */
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_RIGHTS descriptors beyond the receiver's RLIMIT_NOFILE are closed, "
                      "those that fit arrive",
          .ref = "unix(7) SCM_RIGHTS", .tags = "scm_rights,limits,ancillary");

enum { N = 3 };

IPCS_TEST(only_what_fits_arrives)
{
	int sv[2], p[2], rd[N], wr[N], fds[N], flags;
	ssize_t got;
	char c;

	ipcs_unix_pair(SOCK_STREAM, sv);
	/* the write ends of N pipes go in flight; a pipe then reads EOF exactly
	 * when no received descriptor holds its write end */
	for (int i = 0; i < N; i++) {
		IPCS_SAFE(pipe2(p, O_NONBLOCK));
		rd[i] = p[0];
		wr[i] = p[1];
	}
	ipcs_unix_send_fds(sv[0], "f", 1, wr, N);
	for (int i = 0; i < N; i++)
		IPCS_SAFE(close(wr[i]));
	/* the lowest free slot is the only one below the new limit */
	int slot = (int)IPCS_SAFE(dup(sv[0]));
	IPCS_SAFE(close(slot));
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_NOFILE, &rl));
	rl.rlim_cur = (rlim_t)slot + 1;
	IPCS_SAFE(setrlimit(RLIMIT_NOFILE, &rl));

	int n = ipcs_unix_recv_fds(sv[1], &c, 1, fds, N, 0, &got, &flags);
	IPCS_EXPECT_EQ(got, 1);
	IPCS_ASSERT_EQ(n, 1);
	IPCS_EXPECT_EQ(fds[0], slot);
	IPCS_EXPECT_ERRNO(read(rd[0], &c, 1), EAGAIN); /* installed: its writer is open */
	IPCS_EXPECT_EQ(read(rd[1], &c, 1), 0);         /* closed: EOF */
	IPCS_EXPECT_EQ(read(rd[2], &c, 1), 0);
}

IPCS_MAIN(only_what_fits_arrives)
