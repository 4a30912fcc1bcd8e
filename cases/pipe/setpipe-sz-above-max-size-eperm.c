/*
 * Without CAP_SYS_RESOURCE, F_SETPIPE_SZ above /proc/sys/fs/pipe-max-size
 * fails with EPERM and leaves the capacity unchanged, while exactly
 * pipe-max-size is accepted.
 *
 * Ref: fcntl(2) Changing the capacity of a pipe ("An unprivileged process
 * can adjust the pipe capacity to any value between the system page size and
 * the limit defined in /proc/sys/fs/pipe-max-size"; "Attempts by an
 * unprivileged process to set the pipe capacity above the limit in
 * /proc/sys/fs/pipe-max-size yield the error EPERM"); fcntl(2) ERRORS EPERM;
 * pipe(7) /proc files pipe-max-size.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "without CAP_SYS_RESOURCE, F_SETPIPE_SZ above pipe-max-size fails with "
                      "EPERM; pipe-max-size itself is allowed",
          .ref = "fcntl(2) Changing the capacity of a pipe, ERRORS EPERM; pipe(7) /proc files",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "pipe,capacity,permission");

static long max;

static void unprivileged(void *arg)
{
	(void)arg;
	int p[2];
	ipcs_become_user(0);
	ipcs_pipe(p);
	int before = (int)IPCS_SAFE(fcntl(p[1], F_GETPIPE_SZ));
	IPCS_EXPECT_ERRNO(fcntl(p[1], F_SETPIPE_SZ, (int)(2 * max)), EPERM);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETPIPE_SZ), before);
	/* negative control: the limit itself is within reach */
	IPCS_EXPECT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)max), max);
}

IPCS_TEST(above_max_size_eperm)
{
	max = ipcs_read_proc_long("/proc/sys/fs/pipe-max-size");
	if (max > (1L << 29))
		IPCS_SKIP("pipe-max-size is %ld here: no larger size to ask for", max);
	/* The user limits could refuse the growth too. The soft one always
	 * applies; a hard one this far above it refuses nothing the soft one
	 * would allow (pipe/pipe-past-user-pages-hard-enfile sets one there). */
	long soft = ipcs_pipe_limit("pipe-user-pages-soft");
	long hard = ipcs_pipe_limit("pipe-user-pages-hard");
	if (hard > 0 && (soft <= 0 || hard < soft + max / sysconf(_SC_PAGESIZE) + 16))
		IPCS_SKIP("pipe-user-pages-hard is %ld here: it could refuse pipe-max-size too",
		          hard);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, NULL), 0);
}

IPCS_MAIN(above_max_size_eperm)
