/*
 * shm_unlink() by a user who owns neither the object nor the sticky /dev/shm
 * directory fails with EACCES, and the object keeps its name.
 *
 * Ref: shm_open(3) ERRORS ("EACCES Permission to shm_unlink() the shared
 * memory object was denied"); POSIX.1-2017 shm_unlink ERRORS ("shall fail if:
 * [EACCES] Permission is denied to unlink the named shared memory object");
 * the permission is that of unlinking /dev/shm/NAME (shm_overview(7)), which
 * the sticky bit of /dev/shm denies to others (unlink(2) EPERM, reported by
 * the libc as EACCES).
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shm_unlink by a non-owner in the sticky /dev/shm fails with EACCES",
          .ref = "shm_open(3) ERRORS EACCES; shm_overview(7); POSIX.1-2017 shm_unlink",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "unlink,permissions");

static char name[IPCS_PNAME_SIZE];

static void creator(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	umask(0);
	if (shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0666) == -1)
		IPCS_BROKEN_ERRNO("shm_open(%s, O_CREAT | O_EXCL) as the creator", name);
}

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(shm_unlink(name), EACCES);
	IPCS_EXPECT_GE(shm_open(name, O_RDWR, 0), 0); /* still named */
}

IPCS_TEST(stranger_cannot_unlink)
{
	struct stat st;
	IPCS_SAFE(stat("/dev/shm", &st));
	if (!(st.st_mode & S_ISVTX))
		IPCS_SKIP("/dev/shm is not sticky here (mode 0%o)", (unsigned)(st.st_mode & 07777));
	ipcs_unique_name(name, sizeof name, "shm");
	ipcs_track(IPCS_OBJ_PSHM, 0, name); /* before the child creates it: removed on any path */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(creator, NULL), 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	IPCS_EXPECT_GE(shm_open(name, O_RDONLY, 0), 0);
}

IPCS_MAIN(stranger_cannot_unlink)
