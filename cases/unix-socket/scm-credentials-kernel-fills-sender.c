/*
 * With SO_PASSCRED set on the receiving socket, each message received
 * carries an SCM_CREDENTIALS message: the sender's pid, real uid and real
 * gid when the sender gave none, or the (checked) values the sender gave.
 *
 * Ref: unix(7) SO_PASSCRED ("Enabling this socket option causes receipt of
 * the credentials of the sending process in an SCM_CREDENTIALS ancillary
 * message in each subsequently received message. The returned credentials
 * are those specified by the sender using SCM_CREDENTIALS, or a default that
 * includes the sender's PID, real user ID, and real group ID, if the sender
 * did not specify SCM_CREDENTIALS ancillary data").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SO_PASSCRED delivers the sender's pid, uid and gid in SCM_CREDENTIALS",
          .ref = "unix(7) SO_PASSCRED, SCM_CREDENTIALS", .tags = "scm_credentials,ancillary");

static int sv[2];

static void send_plain(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(send(sv[0], "c", 1, 0), 1);
}

static void send_own_creds(void *arg)
{
	(void)arg;
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	struct ucred cred = {.pid = getpid(), .uid = geteuid(), .gid = getegid()};
	struct iovec iov = {.iov_base = "c", .iov_len = 1};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof cred);
	memcpy(CMSG_DATA(c), &cred, sizeof cred);
	IPCS_EXPECT_EQ(sendmsg(sv[0], &msg, 0), 1);
}

/* Receive one byte and its SCM_CREDENTIALS; false if none came. */
static bool recv_creds(struct ucred *out)
{
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	char c;
	struct iovec iov = {.iov_base = &c, .iov_len = 1};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};

	IPCS_SAFE(recvmsg(sv[1], &msg, 0));
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm))
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_CREDENTIALS) {
			memcpy(out, CMSG_DATA(cm), sizeof *out);
			return true;
		}
	return false;
}

static void check(int type, void (*sender)(void *))
{
	int on = 1;
	struct ucred cred;

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
	pid_t pid = ipcs_spawn(sender, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_ASSERT_TRUE(recv_creds(&cred));
	IPCS_EXPECT_EQ(cred.pid, pid); /* the child, not this process */
	IPCS_EXPECT_EQ(cred.uid, getuid());
	IPCS_EXPECT_EQ(cred.gid, getgid());
}

IPCS_TEST(dgram_default_credentials)
{
	check(SOCK_DGRAM, send_plain);
}

IPCS_TEST(stream_default_credentials)
{
	check(SOCK_STREAM, send_plain);
}

IPCS_TEST(sender_specified_credentials)
{
	check(SOCK_DGRAM, send_own_creds);
}

IPCS_MAIN(dgram_default_credentials, stream_default_credentials, sender_specified_credentials)
