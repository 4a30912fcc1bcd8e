/*
 * connect() or sendto() on a UNIX socket with an address whose family is not
 * AF_UNIX fails with EINVAL on Linux, where connect(2) and POSIX name
 * EAFNOSUPPORT for an address of the wrong family.
 *
 * Ref: unix(7) ERRORS ("EINVAL Invalid argument passed. A common cause is
 * that the value AF_UNIX was not specified in the sun_type field of passed
 * addresses"); connect(2) ERRORS EAFNOSUPPORT ("The passed address didn't
 * have the correct address family in its sa_family field"); POSIX.1-2017
 * connect ([EAFNOSUPPORT] "The specified address is not a valid address for
 * the address family of the specified socket").
 */
#include <netinet/in.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "connect/sendto a non-AF_UNIX address on a UNIX socket fails with EINVAL",
          .ref = "unix(7) ERRORS EINVAL; connect(2) ERRORS; POSIX.1-2017 connect",
          .tags = "connect,address,einval");

static struct ipcs_unix_addr target;

/* A real listener's path, with the family changed: only the family is wrong. */
static struct sockaddr_un wrong_family(int type)
{
	if (type == SOCK_STREAM) {
		ipcs_unix_listener(SOCK_STREAM, &target, 4);
	} else {
		ipcs_unix_path_addr(&target, "dgram");
		ipcs_unix_bound(SOCK_DGRAM, &target);
	}
	struct sockaddr_un sa = target.sa;
	sa.sun_family = AF_INET;
	return sa;
}

IPCS_TEST(stream_connect)
{
	struct sockaddr_un sa = wrong_family(SOCK_STREAM);
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&sa, target.len), EINVAL);
	IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&target.sa, target.len)); /* the control */
}

IPCS_TEST(dgram_connect)
{
	struct sockaddr_un sa = wrong_family(SOCK_DGRAM);
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&sa, target.len), EINVAL);
}

IPCS_TEST(dgram_sendto)
{
	struct sockaddr_un sa = wrong_family(SOCK_DGRAM);
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(sendto(fd, "x", 1, MSG_DONTWAIT, (struct sockaddr *)&sa, target.len),
	                  EINVAL);
}

IPCS_MAIN(stream_connect, dgram_connect, dgram_sendto)
