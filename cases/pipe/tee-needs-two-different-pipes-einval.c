/*
 * tee fails with EINVAL when either descriptor is not a pipe or both refer
 * to the same pipe, and duplicates nothing.
 *
 * Ref: tee(2) ERRORS ("EINVAL fd_in or fd_out does not refer to a pipe; or
 * fd_in and fd_out refer to the same pipe"); tee(2) DESCRIPTION ("tee()
 * duplicates up to len bytes of data from the pipe referred to by the file
 * descriptor fd_in to the pipe referred to by the file descriptor fd_out").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "tee fails with EINVAL unless both descriptors are two different pipes",
          .ref = "tee(2) ERRORS EINVAL, DESCRIPTION", .tags = "pipe,tee,einval");

IPCS_TEST(tee_einval_without_two_pipes)
{
	int a[2], b[2];
	char path[256];

	ipcs_pipe(a);
	ipcs_pipe(b);
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR));
	IPCS_SAFE(write(fd, "file", 4));
	IPCS_SAFE(lseek(fd, 0, SEEK_SET));
	IPCS_SAFE(write(a[1], "pipe", 4));

	IPCS_EXPECT_ERRNO(tee(a[0], a[1], 4, 0), EINVAL); /* the same pipe */
	IPCS_EXPECT_ERRNO(tee(a[0], fd, 4, 0), EINVAL);   /* into a file */
	IPCS_EXPECT_ERRNO(tee(fd, b[1], 4, 0), EINVAL);   /* from a file */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(a[0]), 4);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(b[0]), 0);
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 0);
	/* control: two different pipes */
	IPCS_EXPECT_EQ(tee(a[0], b[1], 4, 0), 4);
}

IPCS_MAIN(tee_einval_without_two_pipes)
