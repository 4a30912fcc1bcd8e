/*
 * /proc/net/unix shows a socket's state: a listening socket has Flags
 * 00010000 (__SO_ACCEPTCON) and St 01, a connected one St 03
 * (SS_CONNECTED) with Flags 0, an unconnected one St 01 (SS_UNCONNECTED)
 * (kernel): proc(5) documents the columns only as "internal" flags and
 * state.
 *
 * Ref: net/unix/af_unix.c unix_seq_show() (Flags: "s->sk_state ==
 * TCP_LISTEN ? __SO_ACCEPTCON : 0"; St: "SS_CONNECTED : SS_UNCONNECTED");
 * proc(5) /proc/net/unix ("Flags: the internal kernel flags holding the
 * status of the socket"; "St: the internal state of the socket").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "/proc/net/unix shows listening (Flags 00010000), connected (St 03) and "
                      "unconnected (St 01) UNIX sockets (kernel)",
          .ref = "net/unix/af_unix.c unix_seq_show(); proc(5) /proc/net/unix",
          .tags = "proc,observability");

enum { ACCEPTCON = 0x10000, SS_UNCONNECTED_ = 1, SS_CONNECTED_ = 3 };

static struct ipcs_unix_proc_entry entry(int fd)
{
	struct ipcs_unix_proc_entry e;
	IPCS_ASSERT_TRUE(ipcs_unix_proc_find(ipcs_unix_inode(fd), &e));
	return e;
}

IPCS_TEST(listening)
{
	struct ipcs_unix_addr addr;
	int fd = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	struct ipcs_unix_proc_entry e = entry(fd);
	IPCS_EXPECT_EQ(e.flags, (unsigned long)ACCEPTCON);
	IPCS_EXPECT_EQ(e.state, (unsigned)SS_UNCONNECTED_);
}

IPCS_TEST(connected)
{
	struct ipcs_unix_addr addr;
	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	int client = ipcs_unix_connect(SOCK_STREAM, &addr);
	int server = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	struct ipcs_unix_proc_entry c = entry(client), s = entry(server);
	IPCS_EXPECT_EQ(c.state, (unsigned)SS_CONNECTED_);
	IPCS_EXPECT_EQ(c.flags, 0ul);
	IPCS_EXPECT_EQ(s.state, (unsigned)SS_CONNECTED_);
	IPCS_EXPECT_EQ(s.flags, 0ul);
}

IPCS_TEST(unconnected)
{
	int fd = ipcs_unix_socket(SOCK_STREAM);
	struct ipcs_unix_proc_entry e = entry(fd);
	IPCS_EXPECT_EQ(e.state, (unsigned)SS_UNCONNECTED_);
	IPCS_EXPECT_EQ(e.flags, 0ul);
}

IPCS_MAIN(listening, connected, unconnected)
