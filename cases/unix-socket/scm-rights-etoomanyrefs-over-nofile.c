/*
 * Without CAP_SYS_RESOURCE (and CAP_SYS_ADMIN), sendmsg() of SCM_RIGHTS
 * descriptors fails with ETOOMANYREFS once the sender's in-flight
 * descriptors exceed its RLIMIT_NOFILE; receiving them makes room again.
 *
 * Ref: unix(7) ERRORS ETOOMANYREFS ("It occurs if the number of "in-flight"
 * file descriptors exceeds the RLIMIT_NOFILE resource limit and the caller
 * does not have the CAP_SYS_RESOURCE capability. An in-flight file
 * descriptor is one that has been sent using sendmsg(2) but has not yet been
 * accepted in the recipient process using recvmsg(2)"); the kernel also
 * exempts CAP_SYS_ADMIN (too_many_unix_fds(): "return
 * !capable(CAP_SYS_RESOURCE) && !capable(CAP_SYS_ADMIN)", in
 * net/unix/af_unix.c, formerly net/unix/scm.c).
 */
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_keys.h"
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_RIGHTS sendmsg fails with ETOOMANYREFS once in-flight descriptors "
                      "exceed RLIMIT_NOFILE",
          .ref = "unix(7) ERRORS ETOOMANYREFS, SCM_RIGHTS", .min_kernel = "4.5",
          .tags = "scm_rights,limits,etoomanyrefs");

/* The limit is counted per user across all of that user's in-flight
 * descriptors, so other processes of the same user can only make it come
 * sooner: the case asserts it comes, and no later than LIMIT + 1 sends. */
enum { LIMIT = 16 };

static long send_one(int sock, int fd)
{
	char control[CMSG_SPACE(sizeof(int))] = {0};
	char c = 'f';
	struct iovec iov = {.iov_base = &c, .iov_len = 1};
	struct msghdr msg = {.msg_iov = &iov,
	                     .msg_iovlen = 1,
	                     .msg_control = control,
	                     .msg_controllen = sizeof control};
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	cmsg->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cmsg), &fd, sizeof fd);
	return sendmsg(sock, &msg, MSG_DONTWAIT);
}

IPCS_TEST(limit_reached)
{
	int sv[2], p[2], got[1], flags;
	struct rlimit rl = {.rlim_cur = LIMIT, .rlim_max = LIMIT};
	ssize_t n;
	char c;
	int sent = 0;

	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_SAFE(pipe(p));
	if (ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	if (ipcs_have_cap(IPCS_CAP_SYS_ADMIN))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_ADMIN);
	IPCS_SAFE(
	    setrlimit(RLIMIT_NOFILE, &rl)); /* lowers the hard limit: this test's own process */
	while (sent <= LIMIT && send_one(sv[0], p[0]) == 1)
		sent++;
	IPCS_EXPECT_ERRNO(send_one(sv[0], p[0]), ETOOMANYREFS);
	IPCS_NOTE("%d descriptors went in flight before ETOOMANYREFS", sent);
	/* receiving one takes it out of flight: a send works again */
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, got, 1, 0, &n, &flags), 1);
	IPCS_SAFE(close(got[0]));
	IPCS_EXPECT_EQ(send_one(sv[0], p[0]), 1);
}

IPCS_MAIN(limit_reached)
