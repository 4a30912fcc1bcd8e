/*
 * When the receiver's control buffer holds fewer descriptors than were sent
 * (or there is none), recvmsg() sets MSG_CTRUNC, installs the descriptors
 * that fit, and closes the others: no one holds them any more.
 *
 * Ref: unix(7) SCM_RIGHTS ("If the buffer used to receive the ancillary data
 * containing file descriptors is too small (or is absent), then the
 * ancillary data is truncated (or discarded) and the excess file descriptors
 * are automatically closed in the receiving process"), Ancillary messages
 * ("In both of these cases, the MSG_CTRUNC flag will be set in the
 * msg.msg_flags value returned by recvmsg(2)").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SCM_RIGHTS descriptors beyond a short control buffer are closed and "
                      "MSG_CTRUNC is set",
          .ref = "unix(7) SCM_RIGHTS, Ancillary messages", .tags = "scm_rights,ctrunc,ancillary");

enum { N = 3 };

static int rd[N];

/* Send the write ends of N pipes and close ours: afterwards a pipe reads EOF
 * exactly when no received descriptor keeps its write end open. */
static void send_pipe_writers(int sock)
{
	int p[2], wr[N];
	for (int i = 0; i < N; i++) {
		IPCS_SAFE(pipe2(p, O_NONBLOCK));
		rd[i] = p[0];
		wr[i] = p[1];
	}
	ipcs_unix_send_fds(sock, "f", 1, wr, N);
	for (int i = 0; i < N; i++)
		IPCS_SAFE(close(wr[i]));
}

static void expect_writer_open(int i, bool open)
{
	char c;
	if (open)
		IPCS_EXPECT_ERRNO(read(rd[i], &c, 1), EAGAIN); /* a writer remains */
	else
		IPCS_EXPECT_EQ(read(rd[i], &c, 1), 0); /* EOF: every writer closed */
}

IPCS_TEST(room_for_one)
{
	int sv[2], fds[N], flags;
	ssize_t got;
	char c;

	ipcs_unix_pair(SOCK_STREAM, sv);
	send_pipe_writers(sv[0]);
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, fds, 1, 0, &got, &flags), 1);
	IPCS_EXPECT_EQ(got, 1);
	IPCS_EXPECT_NE(flags & MSG_CTRUNC, 0);
	expect_writer_open(0, true);
	expect_writer_open(1, false);
	expect_writer_open(2, false);
}

IPCS_TEST(no_control_buffer)
{
	int sv[2], fds[1], flags;
	ssize_t got;
	char c;

	ipcs_unix_pair(SOCK_DGRAM, sv);
	send_pipe_writers(sv[0]);
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, fds, 0, 0, &got, &flags), 0);
	IPCS_EXPECT_EQ(got, 1);
	IPCS_EXPECT_NE(flags & MSG_CTRUNC, 0);
	for (int i = 0; i < N; i++)
		expect_writer_open(i, false);
}

IPCS_MAIN(room_for_one, no_control_buffer)
