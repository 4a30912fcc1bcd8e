/*
 * lseek on an open FIFO fails with ESPIPE.
 *
 * Ref: lseek(2) ERRORS ("ESPIPE fd is associated with a pipe, socket, or
 * FIFO"); POSIX.1-2017 lseek ([ESPIPE] "The fildes argument is associated
 * with a pipe, FIFO, or socket").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "lseek on a FIFO fails with ESPIPE",
          .ref = "lseek(2) ERRORS; POSIX.1-2017 lseek", .tags = "fifo,lseek");

IPCS_TEST(fifo_espipe)
{
	char path[256];

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_EXPECT_ERRNO(lseek(r, 0, SEEK_SET), ESPIPE);
	IPCS_EXPECT_ERRNO(lseek(w, 0, SEEK_CUR), ESPIPE);
}

IPCS_MAIN(fifo_espipe)
