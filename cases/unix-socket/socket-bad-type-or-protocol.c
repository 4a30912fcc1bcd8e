/*
 * socket(AF_UNIX, ...) fails with ESOCKTNOSUPPORT for a socket type the
 * UNIX domain does not have (SOCK_RDM), and with EPROTONOSUPPORT for a
 * protocol other than 0 or PF_UNIX.
 *
 * Ref: unix(7) ERRORS ("EPROTONOSUPPORT Passed protocol is not AF_UNIX";
 * "ESOCKTNOSUPPORT Unknown socket type"), DESCRIPTION ("Valid socket types in
 * the UNIX domain are: SOCK_STREAM ...; SOCK_DGRAM ...; and ...
 * SOCK_SEQPACKET"); socket(2) ERRORS EPROTONOSUPPORT.
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "socket(AF_UNIX) fails with ESOCKTNOSUPPORT for SOCK_RDM, EPROTONOSUPPORT "
                      "for a protocol not AF_UNIX",
          .ref = "unix(7) ERRORS, DESCRIPTION; socket(2) ERRORS", .tags = "socket,errors");

IPCS_TEST(unknown_type)
{
	IPCS_EXPECT_ERRNO(socket(AF_UNIX, SOCK_RDM, 0), ESOCKTNOSUPPORT);
}

IPCS_TEST(other_protocol)
{
	IPCS_EXPECT_ERRNO(socket(AF_UNIX, SOCK_STREAM, PF_UNIX + 1), EPROTONOSUPPORT);
	IPCS_EXPECT_GE(socket(AF_UNIX, SOCK_STREAM, PF_UNIX), 0); /* AF_UNIX itself is accepted */
}

IPCS_MAIN(unknown_type, other_protocol)
