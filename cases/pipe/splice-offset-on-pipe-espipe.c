/*
 * splice with an offset pointer for a descriptor that is a pipe fails with
 * ESPIPE and moves nothing.
 *
 * Ref: splice(2) DESCRIPTION ("If fd_in refers to a pipe, then off_in must
 * be NULL"; "Analogous statements apply for fd_out and off_out"), ERRORS
 * ("ESPIPE Either off_in or off_out was not NULL, but the corresponding file
 * descriptor refers to a pipe").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "splice with an offset for a pipe descriptor fails with ESPIPE",
          .ref = "splice(2) DESCRIPTION, ERRORS ESPIPE", .tags = "pipe,splice,espipe");

IPCS_TEST(offset_for_pipe_espipe)
{
	int a[2], b[2];
	loff_t off = 0;
	char path[256];

	ipcs_pipe(a);
	ipcs_pipe(b);
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR));
	IPCS_SAFE(write(fd, "file", 4));
	IPCS_SAFE(write(a[1], "pipe", 4));

	IPCS_EXPECT_ERRNO(splice(a[0], &off, b[1], NULL, 4, 0), ESPIPE); /* pipe to pipe */
	IPCS_EXPECT_ERRNO(splice(a[0], NULL, b[1], &off, 4, 0), ESPIPE);
	IPCS_EXPECT_ERRNO(splice(a[0], &off, fd, NULL, 4, 0), ESPIPE); /* pipe to file */
	IPCS_EXPECT_ERRNO(splice(fd, NULL, b[1], &off, 4, 0), ESPIPE); /* file to pipe */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(a[0]), 4);                     /* nothing moved */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(b[0]), 0);
	IPCS_EXPECT_EQ(off, 0);
}

IPCS_MAIN(offset_for_pipe_espipe)
