/*
 * SOCK_NONBLOCK in the type given to socket() or socketpair() sets O_NONBLOCK
 * on the new descriptions (a recv with nothing queued fails with EAGAIN
 * instead of blocking), and SOCK_CLOEXEC sets FD_CLOEXEC on the new
 * descriptors; without them neither is set.
 *
 * Ref: socket(2) DESCRIPTION ("SOCK_NONBLOCK Set the O_NONBLOCK file status
 * flag on the open file description ... SOCK_CLOEXEC Set the close-on-exec
 * (FD_CLOEXEC) flag on the new file descriptor"); socketpair(2) ("Since Linux
 * 2.6.27, socketpair() supports the SOCK_NONBLOCK and SOCK_CLOEXEC flags");
 * recv(2) ERRORS EAGAIN.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SOCK_NONBLOCK sets O_NONBLOCK and SOCK_CLOEXEC sets FD_CLOEXEC on new "
                      "UNIX sockets",
          .ref = "socket(2) DESCRIPTION; socketpair(2) DESCRIPTION; recv(2) ERRORS EAGAIN",
          .tags = "flags,nonblock,cloexec");

static void expect_flags(int fd, bool nonblock, bool cloexec)
{
	int fl = (int)IPCS_SAFE(fcntl(fd, F_GETFL));
	int fdfl = (int)IPCS_SAFE(fcntl(fd, F_GETFD));
	IPCS_EXPECT_EQ(!!(fl & O_NONBLOCK), nonblock);
	IPCS_EXPECT_EQ(!!(fdfl & FD_CLOEXEC), cloexec);
}

IPCS_TEST(socket_flags)
{
	char c;
	int plain = ipcs_unix_socket(SOCK_DGRAM);
	int nb = ipcs_unix_socket(SOCK_DGRAM | SOCK_NONBLOCK);
	int ce = ipcs_unix_socket(SOCK_DGRAM | SOCK_CLOEXEC);

	expect_flags(plain, false, false);
	expect_flags(nb, true, false);
	expect_flags(ce, false, true);
	IPCS_EXPECT_ERRNO(recv(nb, &c, 1, 0), EAGAIN); /* nothing queued, no blocking */
}

IPCS_TEST(socketpair_flags)
{
	int sv[2];
	char c;

	ipcs_unix_pair(SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, sv);
	expect_flags(sv[0], true, true);
	expect_flags(sv[1], true, true);
	IPCS_EXPECT_ERRNO(recv(sv[1], &c, 1, 0), EAGAIN);
	ipcs_unix_pair(SOCK_STREAM, sv);
	expect_flags(sv[0], false, false);
	expect_flags(sv[1], false, false);
}

IPCS_MAIN(socket_flags, socketpair_flags)
