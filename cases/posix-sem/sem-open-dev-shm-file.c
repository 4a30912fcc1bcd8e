/*
 * On Linux a named semaphore /NAME is the file /dev/shm/sem.NAME: it appears
 * when sem_open() creates the semaphore and is gone after sem_unlink().
 *
 * Ref: sem_overview(7) Accessing named semaphores via the filesystem ("On
 * Linux, named semaphores are created in a virtual filesystem, normally
 * mounted under /dev/shm, with names of the form sem.somename").
 */
#include <sys/stat.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a named semaphore appears as /dev/shm/sem.NAME and goes with sem_unlink",
          .ref = "sem_overview(7) Accessing named semaphores via the filesystem",
          .tags = "named,filesystem");

IPCS_TEST(file_follows_semaphore)
{
	char name[IPCS_PNAME_SIZE], path[128];
	struct stat st;
	ipcs_psem_create(name, 0600, 0);
	ipcs_psem_path(path, sizeof path, name);
	IPCS_ASSERT_OK(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISREG(st.st_mode));
	IPCS_EXPECT_GT(st.st_size, 0); /* the semaphore lives in it */

	IPCS_ASSERT_OK(sem_unlink(name));
	ipcs_untrack(IPCS_OBJ_PSEM, 0, name);
	IPCS_EXPECT_ERRNO(stat(path, &st), ENOENT);
}

IPCS_MAIN(file_follows_semaphore)
