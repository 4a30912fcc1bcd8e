/* pipe.c - pipes and FIFOs for cases/pipe and cases/fifo. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

void ipcs_pipe(int fds[2])
{
	IPCS_SAFE(pipe(fds));
}

const char *ipcs_fifo_path(char *buf, size_t size)
{
	/* mkstemp reserves a unique name; registering before unlinking it
	 * means the name is removed whatever the case later makes there. */
	ipcs_temp_file(buf, size);
	if (unlink(buf) == -1)
		IPCS_BROKEN_ERRNO("unlink(%s)", buf);
	return buf;
}

const char *ipcs_temp_fifo(char *buf, size_t size)
{
	ipcs_fifo_path(buf, size);
	if (mkfifo(buf, 0600) == -1)
		IPCS_BROKEN_ERRNO("mkfifo(%s, 0600)", buf);
	return buf;
}

void ipcs_set_nonblock(int fd, int on)
{
	int fl = (int)IPCS_SAFE(fcntl(fd, F_GETFL));
	IPCS_SAFE(fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK));
}

size_t ipcs_pipe_fill(int wfd)
{
	static char chunk[4096];
	size_t total = 0;
	int fl = (int)IPCS_SAFE(fcntl(wfd, F_GETFL));

	ipcs_set_nonblock(wfd, 1);
	/* Whole chunks first, then single bytes into the last partial page. */
	for (size_t len = sizeof chunk; len > 0; len = len == 1 ? 0 : 1) {
		for (;;) {
			ssize_t n = write(wfd, chunk, len);
			if (n > 0) {
				total += (size_t)n;
				continue;
			}
			if (n == -1 && errno == EAGAIN)
				break;
			IPCS_BROKEN_ERRNO("filling the pipe: write returned %zd", n);
		}
	}
	IPCS_SAFE(fcntl(wfd, F_SETFL, fl));
	return total;
}

int ipcs_pipe_unread(int fd)
{
	int n = -1;
	IPCS_SAFE(ioctl(fd, FIONREAD, &n));
	return n;
}

void ipcs_pipe_write_records(int wfd, char tag, size_t reclen, int nrec)
{
	char *buf = malloc(reclen);
	if (!buf)
		IPCS_BROKEN("out of memory");
	memset(buf, tag, reclen);
	for (int i = 0; i < nrec; i++)
		IPCS_ASSERT_EQ(write(wfd, buf, reclen), (ssize_t)reclen);
	free(buf);
}

void ipcs_pipe_check_records(int rfd, size_t reclen, int ntags, int nrec)
{
	char *rec = malloc(reclen);
	int counts[26] = {0};
	size_t fill = 0, offset = 0;
	bool mixed = false;

	if (!rec || ntags > 26)
		IPCS_BROKEN("ipcs_pipe_check_records: bad arguments");
	for (;;) {
		ssize_t n = read(rfd, rec + fill, reclen - fill);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			IPCS_BROKEN_ERRNO("read");
		if (n == 0)
			break;
		fill += (size_t)n;
		if (fill < reclen)
			continue;
		/* one whole record: every byte must be its first byte */
		size_t i = 1;
		while (i < reclen && rec[i] == rec[0])
			i++;
		if (i < reclen && !mixed) {
			mixed = true;
			char exp[64], got[96];
			snprintf(exp, sizeof exp, "%zu bytes of '%c'", reclen, rec[0]);
			snprintf(got, sizeof got, "'%c' at byte %zu of the record at offset %zu",
			         rec[i], i, offset);
			ipcs_fail_at(__FILE__, __LINE__, exp, got, 0,
			             "a write of %zu bytes was interleaved with another", reclen);
		}
		if (rec[0] >= 'a' && rec[0] < 'a' + ntags)
			counts[rec[0] - 'a']++;
		offset += reclen;
		fill = 0;
	}
	IPCS_EXPECT_EQ(fill, 0);
	for (int t = 0; t < ntags; t++)
		IPCS_EXPECT_EQ(counts[t], nrec);
	free(rec);
}

void ipcs_pipe_write_expecting_sigpipe(int wfd)
{
	sigset_t none;
	char got[64];

	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&none);
	IPCS_SAFE(sigprocmask(SIG_SETMASK, &none, NULL));
	errno = 0;
	ssize_t n = write(wfd, "x", 1);
	int err = n == -1 ? errno : 0;
	if (n == -1)
		snprintf(got, sizeof got, "write returned -1 (%s)", ipcs_errno_name(err));
	else
		snprintf(got, sizeof got, "write returned %zd", n);
	ipcs_fail_at(__FILE__, __LINE__, "death by SIGPIPE", got, err,
	             "a write to a pipe or FIFO without readers returned");
}
