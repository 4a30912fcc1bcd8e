/*
 * An open file description lock is not released by closing another
 * descriptor for the file (another open, or a dup of its own), only when the
 * last descriptor of its description is closed.
 *
 * Ref: fcntl(2) Open file description locks ("are only automatically released
 * on the last close of the open file description, instead of being released
 * on any close of the file").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an OFD lock survives closes of other descriptors and goes with the "
                      "description's last close",
          .ref = "fcntl(2) Open file description locks", .tags = "fcntl,ofd,lifetime");

IPCS_TEST(only_last_close_releases)
{
	char path[256];
	int fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	int probe = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));

	IPCS_SAFE(close(ipcs_lock_open(path, O_RDONLY))); /* another open, closed */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_ERRNO(fcntl(probe, F_OFD_SETLK, &fl), EAGAIN);

	int d = IPCS_SAFE(dup(fd1));
	IPCS_SAFE(close(fd1)); /* not the last: d remains */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_ERRNO(fcntl(probe, F_OFD_SETLK, &fl), EAGAIN);

	IPCS_SAFE(close(d)); /* the last */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_OK(fcntl(probe, F_OFD_SETLK, &fl));
}

IPCS_MAIN(only_last_close_releases)
