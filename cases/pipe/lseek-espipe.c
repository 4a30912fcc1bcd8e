/*
 * lseek on either end of a pipe fails with ESPIPE.
 *
 * Ref: pipe(7) ("It is not possible to apply lseek(2) to a pipe"); lseek(2)
 * ERRORS ("ESPIPE fd is associated with a pipe, socket, or FIFO");
 * POSIX.1-2017 lseek ([ESPIPE] "The fildes argument is associated with a
 * pipe, FIFO, or socket").
 */
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "lseek on a pipe fails with ESPIPE",
          .ref = "pipe(7); lseek(2) ERRORS; POSIX.1-2017 lseek", .tags = "pipe,lseek");

IPCS_TEST(both_ends_espipe)
{
	int p[2];

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "abc", 3));
	IPCS_EXPECT_ERRNO(lseek(p[0], 0, SEEK_SET), ESPIPE);
	IPCS_EXPECT_ERRNO(lseek(p[0], 1, SEEK_CUR), ESPIPE);
	IPCS_EXPECT_ERRNO(lseek(p[1], 0, SEEK_END), ESPIPE);
}

IPCS_MAIN(both_ends_espipe)
