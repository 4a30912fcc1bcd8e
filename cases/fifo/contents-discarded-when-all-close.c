/*
 * Data left in a FIFO when every descriptor for it is closed is discarded:
 * a later open finds the FIFO empty.
 *
 * Ref: POSIX.1-2017 close ("When all file descriptors associated with a pipe
 * or FIFO special file are closed, any data remaining in the pipe or FIFO
 * shall be discarded"); fifo(7) ("The kernel maintains exactly one pipe
 * object for each FIFO special file that is opened by at least one
 * process").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "data left in a FIFO is discarded once all its descriptors are closed",
          .ref = "POSIX.1-2017 close; fifo(7)", .tags = "fifo,close");

IPCS_TEST(unread_data_discarded)
{
	char path[256], c;

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(write(w, "lost", 4));
	IPCS_ASSERT_EQ(ipcs_pipe_unread(r), 4);
	IPCS_SAFE(close(w));
	IPCS_SAFE(close(r));

	r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	w = (int)IPCS_SAFE(open(path, O_WRONLY)); /* a writer: EAGAIN, not EOF */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(r), 0);
	IPCS_EXPECT_ERRNO(read(r, &c, 1), EAGAIN);
}

IPCS_TEST(data_kept_while_one_side_open)
{
	char path[256], buf[8];

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(write(w, "kept", 4));
	IPCS_SAFE(close(w)); /* the reader keeps the FIFO's pipe */
	IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 4);
	IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 0);
}

IPCS_MAIN(unread_data_discarded, data_kept_while_one_side_open)
