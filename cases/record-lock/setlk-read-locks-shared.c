/*
 * Any number of processes may hold read locks on the same bytes at once.
 *
 * Ref: fcntl(2) Advisory record locking ("Any number of processes may hold a
 * read lock (shared lock) on a file region"); POSIX.1-2017 fcntl ("When a
 * shared lock is set on a segment of a file, other processes shall be able
 * to set shared locks on that segment or a portion of it").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "read locks of several processes on the same bytes coexist",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,shared");

IPCS_TEST(second_and_third_read_lock_granted)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 0, 50);

	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 10, 20);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	/* a third process too, while both hold theirs */
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_RDLCK, 0, 100));
	/* and all this still excludes a writer */
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_WRLCK, 40, 1));
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(second_and_third_read_lock_granted)
