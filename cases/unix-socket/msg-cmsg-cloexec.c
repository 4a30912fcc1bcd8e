/*
 * recvmsg() with MSG_CMSG_CLOEXEC sets the close-on-exec flag on the
 * descriptors it receives with SCM_RIGHTS; without it they are received
 * without FD_CLOEXEC (whatever the sender's descriptor had).
 *
 * Ref: recv(2) recvmsg() flags ("MSG_CMSG_CLOEXEC (recvmsg() only; since
 * Linux 2.6.23) Set the close-on-exec flag for the file descriptor received
 * via a UNIX domain file descriptor using the SCM_RIGHTS operation");
 * dup(2) (the close-on-exec flag of a duplicate is off).
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_CMSG_CLOEXEC sets FD_CLOEXEC on SCM_RIGHTS descriptors; without it "
                      "they have none",
          .ref = "recv(2) MSG_CMSG_CLOEXEC; dup(2)", .tags = "scm_rights,cloexec,ancillary");

static int received_fd_flags(int recv_flags, int sender_fd_flags)
{
	int sv[2], p[2], fd, flags;
	ssize_t got;
	char c;

	IPCS_SAFE(pipe(p));
	IPCS_SAFE(fcntl(p[1], F_SETFD, sender_fd_flags));
	ipcs_unix_pair(SOCK_DGRAM, sv);
	ipcs_unix_send_fds(sv[0], "f", 1, &p[1], 1);
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &fd, 1, recv_flags, &got, &flags), 1);
	return (int)IPCS_SAFE(fcntl(fd, F_GETFD));
}

IPCS_TEST(with_msg_cmsg_cloexec)
{
	IPCS_EXPECT_NE(received_fd_flags(MSG_CMSG_CLOEXEC, 0) & FD_CLOEXEC, 0);
}

IPCS_TEST(without_it)
{
	IPCS_EXPECT_EQ(received_fd_flags(0, FD_CLOEXEC) & FD_CLOEXEC, 0);
}

IPCS_MAIN(with_msg_cmsg_cloexec, without_it)
