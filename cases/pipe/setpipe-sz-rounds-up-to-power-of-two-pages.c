/*
 * F_SETPIPE_SZ sets at least the requested capacity: a size below a page
 * becomes one page, others the next power-of-two number of pages; the call
 * returns the capacity set, F_GETPIPE_SZ reports it, and the pipe then holds
 * that many bytes.
 *
 * Ref: fcntl(2) Changing the capacity of a pipe ("Attempts to set the pipe
 * capacity below the page size are silently rounded up to the page size";
 * "(In the current implementation, the allocation is the next higher
 * power-of-two page-size multiple of the requested size.) The actual
 * capacity (in bytes) that is set is returned as the function result.").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_SETPIPE_SZ rounds up to a page, then to a power-of-two number of "
                      "pages, and returns the capacity set",
          .ref = "fcntl(2) Changing the capacity of a pipe", .tags = "pipe,capacity");

static void expect_rounding(long ask, long want)
{
	int p[2];

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)ask), want);
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETPIPE_SZ), want);
	IPCS_EXPECT_EQ(ipcs_pipe_fill(p[1]), (size_t)want);
	close(p[0]);
	close(p[1]);
}

IPCS_TEST(below_a_page_becomes_a_page)
{
	long page = sysconf(_SC_PAGESIZE);
	expect_rounding(1, page);
	expect_rounding(page - 1, page);
}

IPCS_TEST(rounds_to_power_of_two_pages)
{
	long page = sysconf(_SC_PAGESIZE);
	if (ipcs_read_proc_long("/proc/sys/fs/pipe-max-size") < 8 * page)
		IPCS_SKIP("pipe-max-size is below 8 pages here");
	expect_rounding(page + 1, 2 * page);
	expect_rounding(3 * page, 4 * page);
	expect_rounding(5 * page, 8 * page);
	expect_rounding(8 * page, 8 * page);
}

IPCS_MAIN(below_a_page_becomes_a_page, rounds_to_power_of_two_pages)
