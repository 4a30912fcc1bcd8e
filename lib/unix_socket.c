/* unix_socket.c - unique addresses, sockets and descriptor passing for the
 * UNIX domain socket cases. Setup only: failures end the test broken. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

#define SUN_PATH_MAX sizeof(((struct sockaddr_un *)0)->sun_path)

void ipcs_unix_path_addr(struct ipcs_unix_addr *addr, const char *tag)
{
	char name[64];
	const char *dir = getenv("TMPDIR");
	int n;

	ipcs_unique_name(name, sizeof name, tag); /* "/ipcsuite-<pid>-<n>-tag" */
	if (!dir || !*dir)
		dir = "/tmp";
	n = snprintf(addr->path, sizeof addr->path, "%s%s", dir, name);
	if (n < 0 || (size_t)n >= SUN_PATH_MAX) /* sun_path holds 108 bytes with the NUL */
		n = snprintf(addr->path, sizeof addr->path, "/tmp%s", name);
	if (n < 0 || (size_t)n >= SUN_PATH_MAX)
		IPCS_BROKEN("no socket path fits in sun_path (%zu bytes)", SUN_PATH_MAX);
	memset(&addr->sa, 0, sizeof addr->sa);
	addr->sa.sun_family = AF_UNIX;
	memcpy(addr->sa.sun_path, addr->path, (size_t)n + 1);
	addr->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + 1);
	/* Registered before anything creates it: removed on every path. */
	ipcs_track(IPCS_OBJ_FILE, -1, addr->path);
}

void ipcs_unix_abstract_addr(struct ipcs_unix_addr *addr, const char *tag)
{
	char name[64];

	ipcs_unique_name(name, sizeof name, tag);
	size_t n = strlen(name + 1); /* without the leading '/' */
	memset(addr, 0, sizeof *addr);
	addr->sa.sun_family = AF_UNIX;
	addr->sa.sun_path[0] = '\0';
	memcpy(addr->sa.sun_path + 1, name + 1, n);
	addr->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n);
}

int ipcs_unix_socket(int type)
{
	return (int)IPCS_SAFE(socket(AF_UNIX, type, 0));
}

void ipcs_unix_pair(int type, int sv[2])
{
	IPCS_SAFE(socketpair(AF_UNIX, type, 0, sv));
}

int ipcs_unix_bound(int type, const struct ipcs_unix_addr *addr)
{
	int fd = ipcs_unix_socket(type);
	IPCS_SAFE(bind(fd, (const struct sockaddr *)&addr->sa, addr->len));
	return fd;
}

int ipcs_unix_listener(int type, struct ipcs_unix_addr *addr, int backlog)
{
	ipcs_unix_path_addr(addr, "listen");
	int fd = ipcs_unix_bound(type, addr);
	IPCS_SAFE(listen(fd, backlog));
	return fd;
}

int ipcs_unix_connect(int type, const struct ipcs_unix_addr *addr)
{
	int fd = ipcs_unix_socket(type);
	IPCS_SAFE(connect(fd, (const struct sockaddr *)&addr->sa, addr->len));
	return fd;
}

void ipcs_unix_send_fds(int sock, const void *data, size_t len, const int *fds, int n)
{
	size_t space = CMSG_SPACE(sizeof(int) * (size_t)n);
	char *control = calloc(1, space);
	struct iovec iov = {.iov_base = (void *)data, .iov_len = len};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = space};

	if (!control)
		IPCS_BROKEN("out of memory");
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	cmsg->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)n);
	memcpy(CMSG_DATA(cmsg), fds, sizeof(int) * (size_t)n);
	IPCS_SAFE(sendmsg(sock, &msg, 0));
	free(control);
}

int ipcs_unix_recv_fds(int sock, void *data, size_t len, int *fds, int max, int flags, ssize_t *got,
                       int *msg_flags)
{
	/* CMSG_LEN, not CMSG_SPACE: the padding of CMSG_SPACE could hold one
	 * more descriptor, and the kernel fills what fits. */
	size_t space = max > 0 ? CMSG_SPACE(sizeof(int) * (size_t)max) : 0;
	char *control = space ? calloc(1, space) : NULL;
	struct iovec iov = {.iov_base = data, .iov_len = len};
	struct msghdr msg = {.msg_iov = &iov,
	                     .msg_iovlen = 1,
	                     .msg_control = control,
	                     .msg_controllen = max > 0 ? CMSG_LEN(sizeof(int) * (size_t)max) : 0};
	int n = 0;

	if (space && !control)
		IPCS_BROKEN("out of memory");
	*got = (ssize_t)IPCS_SAFE(recvmsg(sock, &msg, flags));
	*msg_flags = msg.msg_flags;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (size_t i = 0; i < k && n < max; i++)
			memcpy(&fds[n++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
	}
	free(control);
	return n;
}

/* MSG_DONTWAIT sends of len bytes until EAGAIN; how many succeeded. */
static long send_until_eagain(int sock, const char *buf, size_t len)
{
	long sent = 0;

	while (sent < 100000) {
		if (send(sock, buf, len, MSG_DONTWAIT) >= 0) {
			sent++;
			continue;
		}
		if (errno == EAGAIN || errno == EWOULDBLOCK)
			return sent;
		IPCS_BROKEN_ERRNO("filling a socket with %zu-byte sends", len);
	}
	IPCS_BROKEN("100000 sends of %zu bytes never filled the socket", len);
}

long ipcs_unix_fill(int sock, size_t len)
{
	static char buf[65536];
	enum { BULK = 4096 };

	if (len > sizeof buf)
		IPCS_BROKEN("ipcs_unix_fill: %zu bytes is more than %zu", len, sizeof buf);
	/* Bulk first: where buffers count bytes rather than buffers (gVisor),
	 * tiny sends would take hundreds of thousands of calls. */
	long sent = len < BULK ? send_until_eagain(sock, buf, BULK) : 0;
	return sent + send_until_eagain(sock, buf, len);
}

bool ipcs_unix_proc_find(unsigned long ino, struct ipcs_unix_proc_entry *e)
{
	char line[512];
	bool found = false;
	FILE *f = fopen("/proc/net/unix", "re");

	if (!f)
		IPCS_SKIP("/proc/net/unix cannot be read here (%s)", ipcs_errno_name(errno));
	/* "Num: RefCount Protocol Flags Type St Inode Path" */
	while (!found && fgets(line, sizeof line, f)) {
		unsigned long inode, flags;
		unsigned type, state;
		int off = 0;
		if (sscanf(line, "%*[^:]: %*x %*x %lx %x %x %lu%n", &flags, &type, &state, &inode,
		           &off) != 4 ||
		    inode != ino)
			continue;
		memset(e, 0, sizeof *e);
		e->flags = flags;
		e->type = type;
		e->state = state;
		if (sscanf(line + off, " %255s", e->path) != 1)
			e->path[0] = '\0';
		found = true;
	}
	fclose(f);
	return found;
}

unsigned long ipcs_unix_inode(int fd)
{
	struct stat st;
	IPCS_SAFE(fstat(fd, &st));
	return (unsigned long)st.st_ino;
}
