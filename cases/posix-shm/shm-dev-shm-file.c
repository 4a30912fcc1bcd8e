/*
 * On Linux a shared memory object /NAME is the file /dev/shm/NAME on a tmpfs:
 * it appears when shm_open() creates it, stat() reports the size ftruncate()
 * gave it, and it is gone after shm_unlink().
 *
 * Ref: shm_overview(7) Accessing shared memory objects via the filesystem
 * ("On Linux, shared memory objects are created in a (tmpfs(5)) virtual
 * filesystem, normally mounted under /dev/shm").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a shm object appears as /dev/shm/NAME with its size and goes with "
                      "shm_unlink",
          .ref = "shm_overview(7) Accessing shared memory objects via the filesystem",
          .tags = "filesystem");

IPCS_TEST(file_follows_object)
{
	char name[IPCS_PNAME_SIZE], path[128];
	struct stat st;
	int fd = ipcs_pshm_create(name, 0, 0600);
	ipcs_pshm_path(path, sizeof path, name);
	IPCS_ASSERT_OK(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISREG(st.st_mode));
	IPCS_EXPECT_EQ(st.st_size, 0);

	IPCS_SAFE(ftruncate(fd, 12345));
	IPCS_ASSERT_OK(stat(path, &st));
	IPCS_EXPECT_EQ(st.st_size, 12345);

	IPCS_ASSERT_OK(shm_unlink(name));
	ipcs_untrack(IPCS_OBJ_PSHM, 0, name);
	IPCS_EXPECT_ERRNO(stat(path, &st), ENOENT);
}

IPCS_MAIN(file_follows_object)
