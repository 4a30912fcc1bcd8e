/*
 * A FIFO unlinked while open keeps working: its name is gone, and data still
 * passes between the descriptors opened before.
 *
 * Ref: POSIX.1-2017 unlink ("If one or more processes have the file open
 * when the last link is removed, the link shall be removed before unlink()
 * returns, but the removal of the file contents shall be postponed until all
 * references to the file are closed"); fifo(7) ("the filesystem entry merely
 * serves as a reference point so that processes can access the pipe using a
 * name in the filesystem").
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a FIFO unlinked while open still passes data between open descriptors",
          .ref = "POSIX.1-2017 unlink; fifo(7)", .tags = "fifo,unlink");

IPCS_TEST(data_after_unlink)
{
	char path[256], buf[8];
	struct stat st;

	ipcs_temp_fifo(path, sizeof path);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(unlink(path));
	ipcs_untrack(IPCS_OBJ_FILE, -1, path);
	IPCS_EXPECT_ERRNO(stat(path, &st), ENOENT);
	IPCS_EXPECT_EQ(write(w, "still", 5), 5);
	IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 5);
	IPCS_EXPECT_MEMEQ(buf, "still", 5);
	IPCS_SAFE(close(w));
	IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 0);
}

IPCS_MAIN(data_after_unlink)
