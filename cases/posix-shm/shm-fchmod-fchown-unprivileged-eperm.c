/*
 * Without privilege, fchmod() on a shared memory object's descriptor by a
 * process that does not own the object, and fchown() giving the object to
 * another user without CAP_CHOWN, fail with EPERM and change nothing: the
 * negative control of shm-fchmod-fchown.
 *
 * Ref: shm_overview(7) ("fchown(2) To change the ownership of a shared memory
 * object. fchmod(2) To change the permissions of a shared memory object");
 * chmod(2) ERRORS ("EPERM The effective UID does not match the owner of the
 * file, and the process is not privileged (Linux: it does not have the
 * CAP_FOWNER capability)"); chown(2) DESCRIPTION ("Only a privileged process
 * (Linux: one with the CAP_CHOWN capability) may change the owner of a
 * file"), ERRORS EPERM.
 */
#include <unistd.h>

#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "fchmod by a non-owner and fchown without CAP_CHOWN on a shm descriptor "
                      "fail with EPERM",
          .ref = "shm_overview(7); chmod(2) ERRORS EPERM; chown(2) DESCRIPTION, ERRORS EPERM",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "permissions,fstat");

static char name[IPCS_PNAME_SIZE];

static void creator(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	umask(0);
	if (shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0666) == -1)
		IPCS_BROKEN_ERRNO("shm_open(%s, O_CREAT | O_EXCL) as the owner", name);
}

static void stranger(void *arg)
{
	(void)arg;
	struct stat st;
	ipcs_become_user(0);
	int fd = IPCS_SAFE(shm_open(name, O_RDWR, 0));
	IPCS_EXPECT_ERRNO(fchmod(fd, 0600), EPERM);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0666);
}

IPCS_TEST(fchmod_by_non_owner_eperm)
{
	ipcs_unique_name(name, sizeof name, "shm");
	ipcs_track(IPCS_OBJ_PSHM, 0, name); /* before the child creates it: removed on any path */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(creator, NULL), 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
}

IPCS_TEST(fchown_without_cap_chown_eperm)
{
	struct stat st;
	int fd = ipcs_pshm_create(name, 0, 0600);
	/* Another user to give the object to: the unprivileged identity, or
	 * root when that identity is the current one. */
	uid_t to = ipcs_user_uid(0) != geteuid() ? ipcs_user_uid(0) : 0;
	ipcs_require_mapped(to, getegid());
	if (ipcs_have_cap(IPCS_CAP_CHOWN))
		ipcs_drop_effective_cap(IPCS_CAP_CHOWN); /* same uid, no CAP_CHOWN */
	IPCS_EXPECT_ERRNO(fchown(fd, to, (gid_t)-1), EPERM);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
}

IPCS_MAIN(fchmod_by_non_owner_eperm, fchown_without_cap_chown_eperm)
