/*
 * getsockopt(SO_PEERSEC) on a connected UNIX socket either returns the
 * peer's security context (a non-empty string, its length in optlen, ERANGE
 * with the needed length for a buffer too short) or, with no security module
 * providing contexts, fails with ENOPROTOOPT (kernel): nothing else.
 *
 * Ref: unix(7) SO_PEERSEC ("returns the security context of the peer socket
 * connected to this socket"; "If the buffer length is less than the length
 * of the security context string, then getsockopt(2) returns -1, sets errno
 * to ERANGE, and returns the required length via optlen");
 * security/security.c security_socket_getpeersec_stream() (-ENOPROTOOPT when
 * no module implements it).
 */
#include <string.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "SO_PEERSEC on a UNIX socket gives a context (ERANGE when short) or "
                      "ENOPROTOOPT without an LSM (kernel)",
          .ref = "unix(7) SO_PEERSEC; security/security.c security_socket_getpeersec_stream()",
          .tags = "options,so_peersec");

IPCS_TEST(context_or_enoprotoopt)
{
	int sv[2];
	char ctx[4096];
	socklen_t len = sizeof ctx;

	ipcs_unix_pair(SOCK_STREAM, sv);
	memset(ctx, 0, sizeof ctx);
	errno = 0;
	if (getsockopt(sv[0], SOL_SOCKET, SO_PEERSEC, ctx, &len) == -1) {
		IPCS_EXPECT_ERRNO(getsockopt(sv[0], SOL_SOCKET, SO_PEERSEC, ctx, &len),
		                  ENOPROTOOPT);
		IPCS_NOTE("no security context: ENOPROTOOPT");
		return;
	}
	IPCS_NOTE("peer context \"%.*s\"", (int)len, ctx);
	IPCS_EXPECT_GT(len, 0u);
	IPCS_EXPECT_GT(strnlen(ctx, len), 0u);
	socklen_t need = len, shorter = 1;
	IPCS_EXPECT_ERRNO(getsockopt(sv[0], SOL_SOCKET, SO_PEERSEC, ctx, &shorter), ERANGE);
	IPCS_EXPECT_EQ(shorter, need);
}

IPCS_MAIN(context_or_enoprotoopt)
