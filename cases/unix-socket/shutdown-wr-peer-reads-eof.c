/*
 * shutdown(SHUT_WR) on a connected UNIX stream or seqpacket socket gives the
 * peer end of file after the data already sent, while the other direction
 * keeps working.
 *
 * Ref: POSIX.1-2017 shutdown ("SHUT_WR Disables further send operations");
 * shutdown(2) DESCRIPTION ("If how is SHUT_WR, further transmissions will be
 * disallowed"); POSIX.1-2017 recv ("the peer has performed an orderly
 * shutdown, recv() shall return 0").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shutdown(SHUT_WR) gives the UNIX peer EOF after the queued data; the other "
                      "direction still works",
          .ref = "POSIX.1-2017 shutdown, recv; shutdown(2)", .tags = "shutdown,eof");

static void check(int type)
{
	int sv[2];
	char buf[8];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "data", 4, 0));
	IPCS_ASSERT_OK(shutdown(sv[0], SHUT_WR));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 4);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 0); /* EOF, no blocking */
	/* the peer can still send to the half-closed end */
	IPCS_EXPECT_EQ(send(sv[1], "back", 4, 0), 4);
	IPCS_EXPECT_EQ(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT), 4);
	IPCS_EXPECT_MEMEQ(buf, "back", 4);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(stream, seqpacket)
