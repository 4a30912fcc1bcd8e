/*
 * fchmod() on a shared memory object's descriptor changes the object's mode,
 * and fchown() its owner (with CAP_CHOWN): fstat() on another descriptor of
 * the object reports the change.
 *
 * Ref: shm_overview(7) ("fchown(2) To change the ownership of a shared memory
 * object. fchmod(2) To change the permissions of a shared memory object");
 * POSIX.1-2017 fchmod ("If fildes references a shared memory object, the
 * fchmod() function need only affect the S_IRUSR, S_IWUSR, S_IRGRP, S_IWGRP,
 * S_IROTH, and S_IWOTH file permission bits").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "fchmod and fchown on a shm descriptor change the object's mode and owner",
          .ref = "shm_overview(7); fchmod(2), fchown(2); POSIX.1-2017 fchmod",
          .tags = "permissions,fstat");

IPCS_TEST(fchmod_changes_mode)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	umask(0);
	int fd = ipcs_pshm_create(name, 0, 0600);
	IPCS_EXPECT_OK(fchmod(fd, 0644));
	int other = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	ipcs_pshm_fstat(other, &st);
	IPCS_EXPECT_EQ(st.st_mode & 0777, 0644);
}

IPCS_TEST(fchown_changes_owner)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	ipcs_require_cap(IPCS_CAP_CHOWN);
	uid_t uid = ipcs_user_uid(0);
	gid_t gid = ipcs_user_gid(0);
	ipcs_require_mapped(uid, gid);
	if (uid == geteuid())
		IPCS_SKIP("the unprivileged identity is the current one: no other owner to give");
	int fd = ipcs_pshm_create(name, 0, 0600);
	IPCS_EXPECT_OK(fchown(fd, uid, gid));
	int other = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	ipcs_pshm_fstat(other, &st);
	IPCS_EXPECT_EQ(st.st_uid, uid);
	IPCS_EXPECT_EQ(st.st_gid, gid);
}

IPCS_MAIN(fchmod_changes_mode, fchown_changes_owner)
