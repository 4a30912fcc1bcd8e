/*
 * sem_unlink() by a user who owns neither the semaphore nor the sticky
 * /dev/shm directory fails with EACCES, and the semaphore keeps its name.
 *
 * Ref: sem_unlink(3) ERRORS ("EACCES The caller does not have permission to
 * unlink this semaphore"); POSIX.1-2017 sem_unlink ERRORS ("shall fail if:
 * [EACCES] Permission is denied to unlink the named semaphore"); the
 * permission is that of unlinking /dev/shm/sem.NAME (sem_overview(7)), which
 * the sticky bit of /dev/shm denies to others (unlink(2) EPERM, reported by
 * the libc as EACCES).
 */
#include <sys/stat.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_unlink by a non-owner in the sticky /dev/shm fails with EACCES",
          .ref = "sem_unlink(3) ERRORS EACCES; sem_overview(7); POSIX.1-2017 sem_unlink",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "named,unlink,permissions");

static char name[IPCS_PNAME_SIZE];

static void creator(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	umask(0);
	sem_t *s = sem_open(name, O_CREAT | O_EXCL, 0666, 0);
	if (s == SEM_FAILED)
		IPCS_BROKEN_ERRNO("sem_open(%s, O_CREAT | O_EXCL) as the creator", name);
}

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(sem_unlink(name), EACCES);
	IPCS_EXPECT_OK(ipcs_psem_open(NULL, name, 0, 0, 0)); /* still named */
}

IPCS_TEST(stranger_cannot_unlink)
{
	struct stat st;
	IPCS_SAFE(stat("/dev/shm", &st));
	if (!(st.st_mode & S_ISVTX))
		IPCS_SKIP("/dev/shm is not sticky here (mode 0%o)", (unsigned)(st.st_mode & 07777));
	ipcs_unique_name(name, sizeof name, "sem");
	ipcs_track(IPCS_OBJ_PSEM, 0, name); /* before the child creates it: removed on any path */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(creator, NULL), 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	IPCS_EXPECT_OK(ipcs_psem_open(NULL, name, 0, 0, 0));
}

IPCS_MAIN(stranger_cannot_unlink)
