/*
 * An abstract UNIX name is exactly the bytes after the leading NUL that
 * addrlen covers, and NUL bytes in it count like any other: a name and the
 * same name followed by a NUL are two different names, and so are two names
 * that differ only after an embedded NUL.
 *
 * Ref: unix(7) DESCRIPTION abstract ("The socket's address in this namespace
 * is given by the additional bytes in sun_path that are covered by the
 * specified length of the address structure. (Null bytes in the name have no
 * special significance.)"; "the name of the socket is contained in the
 * first (addrlen - sizeof(sa_family_t)) bytes of sun_path").
 */
#include <string.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an abstract UNIX name is the bytes addrlen covers, NULs included",
          .ref = "unix(7) DESCRIPTION abstract", .tags = "abstract,address");

/* base with extra bytes appended (NULs allowed), as a new address. */
static struct ipcs_unix_addr extend(const struct ipcs_unix_addr *base, const char *extra, size_t n)
{
	struct ipcs_unix_addr a = *base;
	memcpy((char *)&a.sa + a.len, extra, n);
	a.len += (socklen_t)n;
	return a;
}

IPCS_TEST(trailing_nul_is_another_name)
{
	struct ipcs_unix_addr base, got;
	ipcs_unix_abstract_addr(&base, "nul");
	struct ipcs_unix_addr longer = extend(&base, "\0", 1);

	int a = ipcs_unix_bound(SOCK_STREAM, &base);
	int b = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(bind(b, (struct sockaddr *)&longer.sa, longer.len)); /* not EADDRINUSE */
	(void)a;
	got.len = sizeof got.sa;
	IPCS_SAFE(getsockname(b, (struct sockaddr *)&got.sa, &got.len));
	IPCS_EXPECT_EQ(got.len, longer.len); /* the NUL is part of the name */
	IPCS_EXPECT_MEMEQ(&got.sa, &longer.sa, longer.len);
}

IPCS_TEST(bytes_after_embedded_nul_count)
{
	struct ipcs_unix_addr base;
	ipcs_unix_abstract_addr(&base, "nul");
	struct ipcs_unix_addr x = extend(&base, "\0x", 2), y = extend(&base, "\0y", 2);

	int listener = ipcs_unix_bound(SOCK_STREAM, &x);
	IPCS_SAFE(listen(listener, 4));
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&y.sa, y.len), ECONNREFUSED);
	IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&x.sa, x.len)); /* the control */
}

IPCS_MAIN(trailing_nul_is_another_name, bytes_after_embedded_nul_count)
