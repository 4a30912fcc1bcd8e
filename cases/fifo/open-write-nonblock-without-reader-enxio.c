/*
 * An open of a FIFO with O_WRONLY | O_NONBLOCK fails with ENXIO when no
 * process has it open for reading, and succeeds once one has.
 *
 * Ref: fifo(7) ("opening for write-only fails with ENXIO (no such device or
 * address) unless the other end has already been opened"); open(2) ERRORS
 * ENXIO ("O_NONBLOCK | O_WRONLY is set, the named file is a FIFO, and no
 * process has the FIFO open for reading"); POSIX.1-2017 open ([ENXIO]
 * "O_NONBLOCK is set, the named file is a FIFO, O_WRONLY is set, and no
 * process has the file open for reading").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "open of a FIFO with O_WRONLY|O_NONBLOCK fails with ENXIO without a reader",
          .ref = "fifo(7); open(2) ERRORS ENXIO; POSIX.1-2017 open",
          .tags = "fifo,open,nonblock,enxio");

IPCS_TEST(no_reader_enxio_then_reader_ok)
{
	char path[256];

	ipcs_temp_fifo(path, sizeof path);
	IPCS_EXPECT_ERRNO(open(path, O_WRONLY | O_NONBLOCK), ENXIO);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	IPCS_EXPECT_OK(open(path, O_WRONLY | O_NONBLOCK)); /* control */
	IPCS_SAFE(close(r));
}

IPCS_TEST(reader_gone_enxio_again)
{
	char path[256];

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	IPCS_SAFE(close(r));
	IPCS_EXPECT_ERRNO(open(path, O_WRONLY | O_NONBLOCK), ENXIO);
}

IPCS_MAIN(no_reader_enxio_then_reader_ok, reader_gone_enxio_again)
