/*
 * A new pipe holds 16 pages: F_GETPIPE_SZ reports 16 * page size (or
 * /proc/sys/fs/pipe-max-size if lower), and exactly that many bytes can be
 * written before the pipe is full.
 *
 * Ref: pipe(7) Pipe capacity ("Since Linux 2.6.35, the default pipe
 * capacity is 16 pages, but the capacity can be queried and set using the
 * fcntl(2) F_GETPIPE_SZ and F_SETPIPE_SZ operations"); pipe(7) /proc files
 * pipe-max-size ("Since Linux 4.9, the value on this file also acts as a
 * ceiling on the default capacity of a new pipe"); fcntl(2) F_GETPIPE_SZ.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new pipe has a capacity of 16 pages, reported by F_GETPIPE_SZ and "
                      "filled by exactly that many bytes",
          .ref = "pipe(7) Pipe capacity; fcntl(2) F_GETPIPE_SZ", .tags = "pipe,capacity");

IPCS_TEST(default_capacity_is_sixteen_pages)
{
	int p[2];
	long page = sysconf(_SC_PAGESIZE);
	long want = 16 * page;
	long max = ipcs_read_proc_long("/proc/sys/fs/pipe-max-size");

	if (max < want)
		want = max;
	ipcs_pipe(p);
	int sz = fcntl(p[0], F_GETPIPE_SZ);
	if (sz == page && want > page)
		IPCS_NOTE("a one-page pipe: this user may be over pipe-user-pages-soft");
	IPCS_EXPECT_EQ(sz, want);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETPIPE_SZ), want); /* either end */
	IPCS_EXPECT_EQ(ipcs_pipe_fill(p[1]), (size_t)want);
}

IPCS_MAIN(default_capacity_is_sixteen_pages)
