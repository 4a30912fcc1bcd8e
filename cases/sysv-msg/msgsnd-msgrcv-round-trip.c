/*
 * A message sent with msgsnd() comes back from msgrcv() with the same type
 * and the same bytes (any bytes, NULs included), and msgrcv() returns the
 * number of bytes copied into mtext; this holds up to MSGMAX bytes.
 *
 * Ref: msgop(2) DESCRIPTION ("msgsnd() ... appends a copy of the message"),
 * RETURN VALUE ("msgrcv() returns the number of bytes actually copied into
 * the mtext array"); POSIX.1-2017 msgrcv RETURN VALUE.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv returns the type and bytes msgsnd sent, and their count",
          .ref = "msgop(2) DESCRIPTION, RETURN VALUE; POSIX.1-2017 msgsnd, msgrcv",
          .tags = "msgsnd,msgrcv");

IPCS_TEST(binary_text_round_trip)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf out = {.mtype = 42}, in;
	for (size_t i = 0; i < 200; i++)
		out.mtext[i] = (char)(i * 7); /* includes 0 bytes and bytes >= 0x80 */
	IPCS_ASSERT_OK(msgsnd(msqid, &out, 200, 0));

	memset(&in, 0, sizeof in);
	IPCS_EXPECT_EQ(msgrcv(msqid, &in, sizeof in.mtext, 0, IPC_NOWAIT), 200);
	IPCS_EXPECT_EQ(in.mtype, 42);
	IPCS_EXPECT_MEMEQ(in.mtext, out.mtext, 200);
}

IPCS_TEST(largest_type_round_trip)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf out = {.mtype = LONG_MAX, .mtext = "max"}, in;
	IPCS_ASSERT_OK(msgsnd(msqid, &out, 3, 0));
	IPCS_EXPECT_EQ(msgrcv(msqid, &in, sizeof in.mtext, LONG_MAX, IPC_NOWAIT), 3);
	IPCS_EXPECT_EQ(in.mtype, LONG_MAX);
	IPCS_EXPECT_MEMEQ(in.mtext, "max", 3);
}

IPCS_TEST(msgmax_bytes_round_trip)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	int msqid = ipcs_msg_new();
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	if ((unsigned long)lim.msgmax > ds.msg_qbytes)
		IPCS_SKIP("msgmax %ld exceeds a new queue's msg_qbytes %lu", lim.msgmax,
		          (unsigned long)ds.msg_qbytes);

	size_t size = sizeof(long) + (size_t)lim.msgmax;
	long *out = malloc(size), *in = malloc(size);
	if (!out || !in)
		IPCS_BROKEN("malloc(%zu)", size);
	out[0] = 3;
	for (long i = 0; i < lim.msgmax; i++)
		((char *)(out + 1))[i] = (char)(i % 251);
	IPCS_ASSERT_OK(msgsnd(msqid, out, (size_t)lim.msgmax, IPC_NOWAIT));
	memset(in, 0, size);
	IPCS_EXPECT_EQ(msgrcv(msqid, in, (size_t)lim.msgmax, 0, IPC_NOWAIT), lim.msgmax);
	IPCS_EXPECT_EQ(in[0], 3);
	IPCS_EXPECT_MEMEQ(in + 1, out + 1, (size_t)lim.msgmax);
	free(out);
	free(in);
}

IPCS_MAIN(binary_text_round_trip, largest_type_round_trip, msgmax_bytes_round_trip)
