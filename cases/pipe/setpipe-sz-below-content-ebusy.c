/*
 * F_SETPIPE_SZ to a capacity smaller than the data the pipe holds fails
 * with EBUSY; capacity and data are unchanged.
 *
 * Ref: fcntl(2) Changing the capacity of a pipe ("Attempting to set the pipe
 * capacity smaller than the amount of buffer space currently used to store
 * data produces the error EBUSY"), ERRORS EBUSY.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_SETPIPE_SZ below the data held fails with EBUSY and changes nothing",
          .ref = "fcntl(2) Changing the capacity of a pipe, ERRORS EBUSY", .tags = "pipe,capacity");

IPCS_TEST(shrinking_below_content_ebusy)
{
	int p[2];
	long page = sysconf(_SC_PAGESIZE);
	static char buf[3 * 65536];

	ipcs_pipe(p);
	int cap = (int)IPCS_SAFE(fcntl(p[1], F_GETPIPE_SZ));
	if (cap < 4 * page)
		IPCS_SKIP("pipes here hold fewer than 4 pages (%d bytes)", cap);
	/* three full pages of data */
	IPCS_ASSERT_EQ(write(p[1], buf, (size_t)(3 * page)), 3 * page);
	IPCS_EXPECT_ERRNO(fcntl(p[1], F_SETPIPE_SZ, (int)page), EBUSY);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETPIPE_SZ), cap);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 3 * page);
	/* negative control: room for the data is accepted */
	IPCS_EXPECT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)(4 * page)), 4 * page);
}

IPCS_MAIN(shrinking_below_content_ebusy)
