/*
 * A shared memory object shm_open() creates gets the mode argument less the
 * process umask, the creator's effective uid and gid, as fstat() on its
 * descriptor reports.
 *
 * Ref: shm_open(3) DESCRIPTION ("O_CREAT ... The object's user ID and group ID
 * are set to the corresponding effective IDs of the calling process, and the
 * object's permission bits are set according to the low-order 9 bits of mode,
 * except that those bits set in the process file mode creation mask (see
 * umask(2)) are cleared"); POSIX.1-2017 shm_open ("the user ID of the shared
 * memory object shall be set to the effective user ID of the process; the
 * group ID ... to ... the effective group ID of the process; and the
 * permission bits ... set to the value of the mode argument except those set
 * in the file mode creation mask of the process"), fstat (st_uid, st_gid,
 * st_mode of a shared memory object).
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new shm object has mode & ~umask and the creator's euid/egid (fstat)",
          .ref = "shm_open(3) DESCRIPTION O_CREAT; POSIX.1-2017 shm_open, fstat",
          .tags = "permissions,umask,fstat");

static void check(mode_t mask, mode_t mode, mode_t want)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	umask(mask);
	int fd = ipcs_pshm_create(name, 0, mode);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_mode & 0777, want);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
	IPCS_EXPECT_EQ(st.st_gid, getegid());
}

IPCS_TEST(umask_027)
{
	check(027, 0666, 0640);
}

IPCS_TEST(umask_0)
{
	check(0, 0606, 0606);
}

IPCS_TEST(umask_077)
{
	check(077, 0644, 0600);
}

IPCS_MAIN(umask_027, umask_0, umask_077)
