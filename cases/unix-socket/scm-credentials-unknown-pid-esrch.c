/*
 * A sender with CAP_SYS_ADMIN may put another process's pid in
 * SCM_CREDENTIALS, but a pid that matches no existing process makes
 * sendmsg() fail with ESRCH.
 *
 * Ref: unix(7) SCM_CREDENTIALS ("The sender must specify its own process ID
 * (unless it has the capability CAP_SYS_ADMIN, in which case the PID of any
 * existing process may be specified)"), ERRORS ("ESRCH While sending an
 * ancillary message containing credentials (SCM_CREDENTIALS), the caller
 * specified a PID that does not match any existing process").
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_CREDENTIALS naming a pid of no process fails with ESRCH (sender with "
                      "CAP_SYS_ADMIN)",
          .ref = "unix(7) SCM_CREDENTIALS, ERRORS ESRCH", .caps = IPCS_CAP(IPCS_CAP_SYS_ADMIN),
          .tags = "scm_credentials,ancillary");

static int sv[2];

static long send_creds(pid_t pid)
{
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	struct ucred cred = {.pid = pid, .uid = getuid(), .gid = getgid()};
	struct iovec iov = {.iov_base = "c", .iov_len = 1};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof cred);
	memcpy(CMSG_DATA(c), &cred, sizeof cred);
	return sendmsg(sv[0], &msg, MSG_DONTWAIT);
}

/* A pid with no process now: the highest free one below pid_max. */
static pid_t unused_pid(void)
{
	long max = 32768;
	FILE *f = fopen("/proc/sys/kernel/pid_max", "re");
	if (f) {
		if (fscanf(f, "%ld", &max) != 1)
			max = 32768;
		fclose(f);
	}
	for (pid_t p = (pid_t)max - 1; p > 1; p--)
		if (kill(p, 0) == -1 && errno == ESRCH)
			return p;
	IPCS_BROKEN("no free pid below %ld", max);
}

IPCS_TEST(no_such_pid)
{
	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_EXPECT_ERRNO(send_creds(unused_pid()), ESRCH);
	IPCS_EXPECT_EQ(send_creds(getppid()), 1); /* the control: an existing process is allowed */
}

IPCS_MAIN(no_such_pid)
