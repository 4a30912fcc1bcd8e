/*
 * select reports a pipe's read end ready when data is there or at end of
 * file, and its write end ready while there is room.
 *
 * Ref: POSIX.1-2017 pselect ("A descriptor shall be considered ready for
 * reading when a call to an input function with O_NONBLOCK clear would not
 * block, whether or not the function would transfer data successfully";
 * "A descriptor shall be considered ready for writing when a call to an
 * output function with O_NONBLOCK clear would not block"); select(2)
 * DESCRIPTION readfds, writefds.
 */
#include <sys/select.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "select finds a pipe readable with data or at EOF, writable while it has "
                      "room",
          .ref = "POSIX.1-2017 pselect; select(2)", .tags = "pipe,select");

static bool ready(int fd, bool for_write)
{
	fd_set set;
	struct timeval tv = {0, 0};
	FD_ZERO(&set);
	FD_SET(fd, &set);
	IPCS_SAFE(select(fd + 1, for_write ? NULL : &set, for_write ? &set : NULL, NULL, &tv));
	return FD_ISSET(fd, &set);
}

IPCS_TEST(readable_with_data_and_at_eof)
{
	int p[2];
	char c;

	ipcs_pipe(p);
	IPCS_EXPECT_TRUE(!ready(p[0], false));
	IPCS_SAFE(write(p[1], "x", 1));
	IPCS_EXPECT_TRUE(ready(p[0], false));
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_EXPECT_TRUE(!ready(p[0], false));
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_TRUE(ready(p[0], false)); /* read would return 0 at once */
}

IPCS_TEST(writable_until_full)
{
	int p[2];

	ipcs_pipe(p);
	IPCS_EXPECT_TRUE(ready(p[1], true));
	ipcs_pipe_fill(p[1]);
	IPCS_EXPECT_TRUE(!ready(p[1], true));
}

IPCS_MAIN(readable_with_data_and_at_eof, writable_until_full)
