/*
 * ipcsuite_unix_socket.h - helpers for the UNIX domain socket cases
 * (cases/unix-socket/).
 *
 * Setup only: every function here ends the test broken when the system
 * refuses what it asks for, so a case never reports setup as its verdict.
 */
#ifndef IPCSUITE_UNIX_SOCKET_H
#define IPCSUITE_UNIX_SOCKET_H

#include <sys/socket.h>
#include <sys/un.h>

#include "ipcsuite.h"

/* A socket address with its length, as bind/connect take them. */
struct ipcs_unix_addr {
	struct sockaddr_un sa;
	socklen_t len;
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)]; /* pathname ("" if abstract) */
};

/* A unique pathname in the temp directory ($TMPDIR, or /tmp when the
 * path would not fit in sun_path), registered as a file so that the
 * socket file is removed when the test ends, whatever happens. Nothing
 * is created; len = offsetof(sun_path) + strlen + 1. */
void ipcs_unix_path_addr(struct ipcs_unix_addr *addr, const char *tag);
/* A unique abstract name (leading NUL byte, then "ipcsuite-<pid>-<n>-tag"),
 * len covering exactly the name. */
void ipcs_unix_abstract_addr(struct ipcs_unix_addr *addr, const char *tag);

/* socket(AF_UNIX, type, 0); type may carry SOCK_NONBLOCK / SOCK_CLOEXEC. */
int ipcs_unix_socket(int type);
/* socketpair(AF_UNIX, type, 0, sv). */
void ipcs_unix_pair(int type, int sv[2]);
/* A socket of type bound to addr (bind, nothing else). */
int ipcs_unix_bound(int type, const struct ipcs_unix_addr *addr);
/* A SOCK_STREAM or SOCK_SEQPACKET socket bound to a new unique pathname
 * (filled into addr) and listening with backlog. */
int ipcs_unix_listener(int type, struct ipcs_unix_addr *addr, int backlog);
/* A new socket of type connected to addr (connect must succeed). */
int ipcs_unix_connect(int type, const struct ipcs_unix_addr *addr);

/* Send len bytes (at least one) of data with an SCM_RIGHTS message
 * carrying the n descriptors in fds, in one sendmsg(); broken on failure. */
void ipcs_unix_send_fds(int sock, const void *data, size_t len, const int *fds, int n);

/* One recvmsg() of up to len bytes into data, with room in the control
 * buffer for exactly max descriptors (msg_controllen CMSG_LEN(max ints);
 * max 0: no control buffer). The
 * SCM_RIGHTS descriptors received are stored in fds; returns how many (a
 * later control message of another type is ignored). *got is the byte
 * count, *msg_flags the msg_flags returned. Broken if recvmsg fails. */
int ipcs_unix_recv_fds(int sock, void *data, size_t len, int *fds, int max, int flags, ssize_t *got,
                       int *msg_flags);

/* Fill the whole send path of sock with zero bytes, by MSG_DONTWAIT sends
 * (of 4096 bytes, then of len bytes) until a send of len bytes meets EAGAIN;
 * returns how many sends succeeded. Broken on any other error, or when
 * 100000 sends never meet EAGAIN. */
long ipcs_unix_fill(int sock, size_t len);

/* One line of /proc/net/unix (proc(5)): the Flags, Type and St columns as
 * numbers and the Path column ("" for an unnamed socket, '@' and the name
 * for an abstract one). */
struct ipcs_unix_proc_entry {
	unsigned long flags;
	unsigned type;
	unsigned state;
	char path[256];
};
/* Find the line of the socket whose inode is ino in /proc/net/unix: true
 * and *e filled when listed, false when no line has that inode. Skips the
 * test when /proc/net/unix cannot be read here. */
bool ipcs_unix_proc_find(unsigned long ino, struct ipcs_unix_proc_entry *e);
/* The inode number of the socket fd (fstat st_ino), as /proc/net/unix shows. */
unsigned long ipcs_unix_inode(int fd);

#endif
