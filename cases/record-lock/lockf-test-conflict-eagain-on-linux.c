/*
 * On Linux, lockf(F_TEST) of a section another process has locked returns -1
 * with errno EAGAIN (EACCES is what "some other systems" set).
 *
 * Ref: lockf(3) F_TEST ("return -1, set errno to EAGAIN (EACCES on some other
 * systems), if another process holds a lock"). POSIX.1-2017 lockf allows
 * either errno (lockf-tlock-conflict tests that).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "lockf F_TEST of a section another process locks fails with EAGAIN on "
                      "Linux",
          .ref = "lockf(3) F_TEST", .tags = "lockf,conflict");

IPCS_TEST(test_conflict_is_eagain)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 10, 10); /* 10..19 */
	IPCS_SAFE(lseek(fd, 15, SEEK_SET));
	IPCS_EXPECT_ERRNO(lockf(fd, F_TEST, 10), EAGAIN);
	IPCS_SAFE(lseek(fd, 20, SEEK_SET)); /* control: just after it */
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 10));
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(test_conflict_is_eagain)
