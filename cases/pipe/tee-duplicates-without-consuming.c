/*
 * tee copies bytes from one pipe to another without consuming them: the
 * source still holds them for a later read.
 *
 * Ref: tee(2) DESCRIPTION ("tee() duplicates up to len bytes of data from
 * the pipe referred to by the file descriptor fd_in to the pipe referred to
 * by the file descriptor fd_out. It does not consume the data that is
 * duplicated from fd_in; therefore, that data can be copied by a subsequent
 * splice(2)"), RETURN VALUE.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "tee copies pipe data to another pipe and leaves it in the source",
          .ref = "tee(2) DESCRIPTION, RETURN VALUE", .tags = "pipe,tee");

IPCS_TEST(tee_copies_without_consuming)
{
	int a[2], b[2];
	char buf[16] = {0};

	ipcs_pipe(a);
	ipcs_pipe(b);
	IPCS_SAFE(write(a[1], "duplicate", 9));
	IPCS_EXPECT_EQ(tee(a[0], b[1], 9, 0), 9);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(a[0]), 9); /* still there */
	IPCS_EXPECT_EQ(read(b[0], buf, sizeof buf), 9);
	IPCS_EXPECT_MEMEQ(buf, "duplicate", 9);
	IPCS_EXPECT_EQ(read(a[0], buf, sizeof buf), 9);
	IPCS_EXPECT_MEMEQ(buf, "duplicate", 9);
}

IPCS_MAIN(tee_copies_without_consuming)
