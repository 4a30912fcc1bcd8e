/*
 * One SCM_RIGHTS message may carry at most SCM_MAX_FD (253) descriptors: 253
 * are sent, 254 fail with EINVAL.
 *
 * Ref: unix(7) SCM_RIGHTS ("The kernel constant SCM_MAX_FD defines a limit
 * on the number of file descriptors in the array. Attempting to send an
 * array larger than this limit causes sendmsg(2) to fail with the error
 * EINVAL. SCM_MAX_FD has the value 253 (or 255 before Linux 2.6.38)").
 */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an SCM_RIGHTS array of 254 descriptors fails with EINVAL, 253 is sent",
          .ref = "unix(7) SCM_RIGHTS", .min_kernel = "2.6.38", .tags = "scm_rights,limits");

enum { SCM_MAX = 253 };

static long send_n(int sock, int fd, int n)
{
	size_t space = CMSG_SPACE(sizeof(int) * (size_t)n);
	char *control = calloc(1, space);
	char c = 'f';
	struct iovec iov = {.iov_base = &c, .iov_len = 1};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = space};

	if (!control)
		IPCS_BROKEN("out of memory");
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	cmsg->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)n);
	for (int i = 0; i < n; i++) /* the same descriptor n times is allowed */
		memcpy(CMSG_DATA(cmsg) + (size_t)i * sizeof(int), &fd, sizeof fd);
	long r = sendmsg(sock, &msg, MSG_DONTWAIT);
	int err = errno;
	free(control);
	errno = err;
	return r;
}

IPCS_TEST(limit_is_253)
{
	int sv[2], p[2];
	struct rlimit rl;

	IPCS_SAFE(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 2 * SCM_MAX)
		IPCS_SKIP("RLIMIT_NOFILE %llu is too low to keep %d descriptors in flight",
		          (unsigned long long)rl.rlim_cur, SCM_MAX);
	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_SAFE(pipe(p));
	IPCS_EXPECT_ERRNO(send_n(sv[0], p[0], SCM_MAX + 1), EINVAL);
	IPCS_EXPECT_EQ(send_n(sv[0], p[0], SCM_MAX), 1);
}

IPCS_MAIN(limit_is_253)
