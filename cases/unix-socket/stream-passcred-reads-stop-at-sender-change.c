/*
 * With SO_PASSCRED set on a UNIX stream socket, one recv() never joins bytes
 * written by different processes: it stops where the sender's credentials
 * change, so each read carries the credentials of all its bytes (kernel);
 * without SO_PASSCRED the same bytes come in one read.
 *
 * Ref: net/unix/af_unix.c unix_stream_read_generic() (under the comment
 * "Never glue messages from different writers": "if
 * (!unix_skb_scm_eq(skb, &scm)) break;"); unix(7) SO_PASSCRED.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "with SO_PASSCRED a UNIX stream recv stops where the writing process "
                      "changes (kernel)",
          .ref = "net/unix/af_unix.c unix_stream_read_generic(); unix(7) SO_PASSCRED",
          .tags = "stream,so_passcred,boundaries");

static int sv[2];

static void write_b(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(send(sv[0], "b", 1, 0), 1);
}

static void two_writers(bool passcred)
{
	int on = 1;
	char buf[8];

	ipcs_unix_pair(SOCK_STREAM, sv);
	if (passcred)
		IPCS_SAFE(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
	IPCS_SAFE(send(sv[0], "a", 1, 0));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(write_b, NULL), 0); /* "b" is queued now */
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), passcred ? 1 : 2);
	IPCS_EXPECT_EQ(buf[0], 'a');
	if (passcred) {
		IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 1);
		IPCS_EXPECT_EQ(buf[0], 'b');
	}
}

IPCS_TEST(passcred_splits)
{
	two_writers(true);
}

IPCS_TEST(without_passcred_joined)
{
	two_writers(false);
}

IPCS_MAIN(passcred_splits, without_passcred_joined)
