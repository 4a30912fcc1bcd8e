/*
 * A UNIX socket inherited across fork() is one socket shared by parent and
 * child: data either sends arrives at the same peer, and the peer reads end
 * of file only after both copies are closed.
 *
 * Ref: fork(2) DESCRIPTION ("The child inherits copies of the parent's set of
 * open file descriptors. Each file descriptor in the child refers to the same
 * open file description ... as the corresponding file descriptor in the
 * parent"); close(2) DESCRIPTION ("If fd is the last file descriptor
 * referring to the underlying open file description ... the resources
 * associated with the open file description are freed"); recv(2) RETURN
 * VALUE.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a UNIX socket shared across fork reaches one peer, which reads EOF only "
                      "after both copies close",
          .ref = "fork(2) DESCRIPTION; close(2) DESCRIPTION; recv(2) RETURN VALUE",
          .tags = "fork,eof");

static int sv[2], go[2];

static void child(void *arg)
{
	char c;
	(void)arg;
	IPCS_SAFE(close(sv[1]));
	IPCS_SAFE(close(go[1]));
	IPCS_SAFE(send(sv[0], "c", 1, 0));
	IPCS_SAFE(read(go[0], &c, 1)); /* holds its copy until told */
}

IPCS_TEST(eof_after_both_close)
{
	char c[2];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(pipe(go));
	pid_t pid = ipcs_spawn(child, NULL);
	IPCS_SAFE(close(go[0]));
	IPCS_SAFE(send(sv[0], "p", 1, 0));
	IPCS_SAFE(close(sv[0])); /* the parent's copy is gone, the child's remains */
	IPCS_EXPECT_EQ(recv(sv[1], c, 1, MSG_WAITALL), 1);
	IPCS_EXPECT_EQ(recv(sv[1], c + 1, 1, MSG_WAITALL), 1);
	IPCS_EXPECT_TRUE((c[0] == 'p' && c[1] == 'c') || (c[0] == 'c' && c[1] == 'p'));
	IPCS_EXPECT_ERRNO(recv(sv[1], c, 1, MSG_DONTWAIT), EAGAIN); /* no EOF yet */
	IPCS_SAFE(write(go[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(recv(sv[1], c, 1, 0), 0); /* both closed: EOF */
}

IPCS_MAIN(eof_after_both_close)
