/*
 * sendmsg() with an SCM_RIGHTS array naming a descriptor that is not open
 * fails with EBADF and sends nothing.
 *
 * Ref: unix(7) ERRORS ("EBADF This error can occur for sendmsg(2) when
 * sending a file descriptor as ancillary data over a UNIX domain socket ...,
 * and indicates that the file descriptor number that is being sent is not
 * valid (e.g., it is not an open file descriptor)").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_RIGHTS naming a closed descriptor makes sendmsg fail with EBADF, "
                      "sending nothing",
          .ref = "unix(7) ERRORS EBADF, SCM_RIGHTS", .tags = "scm_rights,ebadf");

IPCS_TEST(closed_descriptor)
{
	int sv[2], fds[2];
	char control[CMSG_SPACE(sizeof fds)] = {0};
	char c = 'f';
	struct iovec iov = {.iov_base = &c, .iov_len = 1};
	struct msghdr msg = {.msg_iov = &iov,
	                     .msg_iovlen = 1,
	                     .msg_control = control,
	                     .msg_controllen = sizeof control};

	ipcs_unix_pair(SOCK_DGRAM, sv);
	fds[0] = sv[0];
	fds[1] = (int)IPCS_SAFE(dup(sv[1]));
	IPCS_SAFE(close(fds[1])); /* a number that was open a moment ago */
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	cmsg->cmsg_len = CMSG_LEN(sizeof fds);
	memcpy(CMSG_DATA(cmsg), fds, sizeof fds);
	IPCS_EXPECT_ERRNO(sendmsg(sv[0], &msg, MSG_DONTWAIT), EBADF);
	IPCS_EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN); /* nothing was sent */
}

IPCS_MAIN(closed_descriptor)
