/*
 * An unprivileged sender that puts another process's pid, or a uid or gid
 * that is not its own, in SCM_CREDENTIALS fails with EPERM; its own values
 * are accepted.
 *
 * Ref: unix(7) SCM_CREDENTIALS ("The sender must specify its own process ID
 * (unless it has the capability CAP_SYS_ADMIN ...), its real user ID,
 * effective user ID, or saved set-user-ID (unless it has CAP_SETUID), and its
 * real group ID, effective group ID, or saved set-group-ID (unless it has
 * CAP_SETGID)"), ERRORS ("EPERM The sender passed invalid credentials in the
 * struct ucred").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_CREDENTIALS with another pid, uid or gid fails with EPERM without "
                      "privilege",
          .ref = "unix(7) SCM_CREDENTIALS, ERRORS EPERM", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "scm_credentials,permissions,ancillary");

static int sv[2];

static long send_creds(pid_t pid, uid_t uid, gid_t gid)
{
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	struct ucred cred = {.pid = pid, .uid = uid, .gid = gid};
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

static void forge_pid(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	pid_t me = getpid();
	uid_t uid = getuid();
	gid_t gid = getgid();

	IPCS_EXPECT_ERRNO(send_creds(getppid(), uid, gid), EPERM);
	IPCS_EXPECT_EQ(send_creds(me, uid, gid), 1); /* negative control: its own */
}

/* Root's ids: never those of the unprivileged identity. */
static void forge_ids(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	pid_t me = getpid();
	uid_t uid = getuid();
	gid_t gid = getgid();

	if (uid == 0 || gid == 0)
		IPCS_BROKEN("the unprivileged identity has uid or gid 0");
	IPCS_EXPECT_ERRNO(send_creds(me, 0, gid), EPERM);
	IPCS_EXPECT_ERRNO(send_creds(me, uid, 0), EPERM);
	IPCS_EXPECT_EQ(send_creds(me, uid, gid), 1); /* negative control: its own */
}

static void check(void (*sender)(void *))
{
	int on = 1;

	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_SAFE(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(sender, NULL), 0);
}

IPCS_TEST(forged_pid)
{
	check(forge_pid);
}

IPCS_TEST(forged_uid_gid)
{
	/* an id with no mapping in this user namespace is EINVAL, not EPERM */
	ipcs_require_mapped(0, 0);
	check(forge_ids);
}

IPCS_MAIN(forged_pid, forged_uid_gid)
