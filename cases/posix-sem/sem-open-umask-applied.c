/*
 * The mode of a semaphore sem_open() creates is the mode argument less the
 * bits set in the process umask, as the file /dev/shm/sem.NAME shows; the
 * file belongs to the creator's effective uid and gid.
 *
 * Ref: sem_open(3) DESCRIPTION ("The permissions settings are masked against
 * the process umask", "The owner (user ID) of the semaphore is set to the
 * effective user ID of the calling process. The group ownership (group ID) is
 * set to the effective group ID"); sem_overview(7) ("named semaphores are
 * created in a virtual filesystem, normally mounted under /dev/shm, with
 * names of the form sem.somename").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new named semaphore's mode is mode & ~umask and it belongs to the "
                      "caller (seen in /dev/shm/sem.NAME)",
          .ref = "sem_open(3) DESCRIPTION; sem_overview(7)", .tags = "named,permissions,umask");

static void check(mode_t mask, mode_t mode, mode_t want)
{
	char name[IPCS_PNAME_SIZE], path[128];
	struct stat st;
	umask(mask);
	ipcs_psem_create(name, mode, 0);
	ipcs_psem_path(path, sizeof path, name);
	if (stat(path, &st) == -1 && errno == ENOENT)
		IPCS_SKIP("no %s: this libc keeps named semaphores elsewhere (musl: /dev/shm/NAME, "
		          "see posix-sem/sem-open-dev-shm-file)",
		          path);
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_EQ(st.st_mode & 07777, want);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
	IPCS_EXPECT_EQ(st.st_gid, getegid());
}

IPCS_TEST(umask_027)
{
	check(027, 0666, 0640);
}

IPCS_TEST(umask_0)
{
	check(0, 0666, 0666);
}

IPCS_TEST(umask_077)
{
	check(077, 0644, 0600);
}

IPCS_MAIN(umask_027, umask_0, umask_077)
