/*
 * Data written to a FIFO reaches its reader in order but never the file
 * system: the FIFO's st_size stays 0 while data is queued.
 *
 * Ref: fifo(7) ("When processes are exchanging data via the FIFO, the kernel
 * passes all data internally without writing it to the filesystem. Thus, the
 * FIFO special file has no contents on the filesystem"); pipe(7) ("I/O on
 * FIFOs does not involve operations on the underlying device").
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "data passes through a FIFO in order with no contents on the file system "
                      "(st_size 0)",
          .ref = "fifo(7) DESCRIPTION; pipe(7)", .tags = "fifo,data");

IPCS_TEST(data_in_order_size_zero)
{
	char path[256], buf[32] = {0};
	struct stat st;

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(write(w, "first,", 6));
	IPCS_SAFE(write(w, "second", 6));
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_EQ(st.st_size, 0);
	IPCS_SAFE(fstat(w, &st));
	IPCS_EXPECT_TRUE(S_ISFIFO(st.st_mode));
	IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 12);
	IPCS_EXPECT_MEMEQ(buf, "first,second", 12);
}

IPCS_MAIN(data_in_order_size_zero)
