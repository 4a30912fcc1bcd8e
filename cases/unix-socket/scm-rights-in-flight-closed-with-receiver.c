/*
 * A descriptor sent with SCM_RIGHTS and never received is released when the
 * receiving socket is closed (kernel): the file's last reference goes, so a
 * pipe whose only write end was in flight reads end of file.
 *
 * Ref: net/unix/af_unix.c unix_release_sock() (purges the receive queue;
 * the queued message's SCM_RIGHTS files are released with it,
 * unix_destruct_scm()); unix(7) SCM_RIGHTS and ETOOMANYREFS describe
 * in-flight descriptors but not their release.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "descriptors in flight are released when the receiving UNIX socket is "
                      "closed (kernel)",
          .ref = "net/unix/af_unix.c unix_release_sock(), unix_destruct_scm(); unix(7) "
                 "SCM_RIGHTS",
          .tags = "scm_rights,inflight,ancillary");

static int pipe_rd;

static bool pipe_at_eof(void *arg)
{
	(void)arg;
	char c;
	return read(pipe_rd, &c, 1) == 0;
}

static void check(int type)
{
	int sv[2], p[2];
	char c;

	IPCS_SAFE(pipe2(p, O_NONBLOCK));
	pipe_rd = p[0];
	ipcs_unix_pair(type, sv);
	ipcs_unix_send_fds(sv[0], "f", 1, &p[1], 1);
	IPCS_SAFE(close(p[1])); /* the only write end left is in flight */
	IPCS_EXPECT_ERRNO(read(p[0], &c, 1), EAGAIN);
	IPCS_SAFE(close(sv[1])); /* the receiver goes away without receiving */
	IPCS_EXPECT_EVENTUALLY(pipe_at_eof, NULL, "the in-flight write end released");
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
