/*
 * Mandatory locking is gone (kernel): a tmpfs mount asking for it with
 * MS_MANDLOCK ("-o mand") is refused with EPERM or accepted and ignored, and
 * on such a mount a write through a file in the mandatory-locking mode
 * (set-group-ID, no group execute) is not held back by another process's
 * conflicting write lock.
 *
 * Ref: fcntl(2) Mandatory locking ("since Linux 4.5, mandatory locking has
 * been made an optional feature, governed by a configuration option
 * (CONFIG_MANDATORY_FILE_LOCKING). This feature is no longer supported at all
 * in Linux 5.15 and above"; "If the O_NONBLOCK flag is enabled, then the
 * system call fails with the error EAGAIN"); kernel fs/namespace.c
 * path_mount() (warn_mandlock(): "The mand mount option has been deprecated
 * and is ignored by this kernel", printed once to the kernel log). The mount
 * lives in a mount namespace of the test's own.
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "(kernel) a mand mount is refused or ignored: no mandatory lock holds "
                      "back a write",
          .ref = "fcntl(2) Mandatory locking; kernel fs/namespace.c path_mount()",
          .tags = "fcntl,mandatory,mount");

/* A mount namespace of this test process, nothing propagating out of it;
 * unprivileged, through a user namespace mapping only our own ids. */
static void enter_private_mount_ns(void)
{
	ipcs_enter_new_namespaces(CLONE_NEWNS, false, "to mount in");
	IPCS_SAFE(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
}

IPCS_TEST(mand_mount_refused_or_ignored)
{
	const char *env = getenv("TMPDIR");
	const char *dir = env && *env ? env : "/tmp"; /* hidden only in this namespace */
	enter_private_mount_ns();
	/* control: a plain tmpfs mounts here */
	if (mount("ipcsuite", dir, "tmpfs", 0, "size=64k") < 0) {
		if (errno == EPERM)
			IPCS_SKIP("mounting a tmpfs is refused here (EPERM)");
		IPCS_BROKEN_ERRNO("mount(tmpfs, %s)", dir);
	}
	IPCS_SAFE(umount2(dir, 0));

	if (mount("ipcsuite", dir, "tmpfs", MS_MANDLOCK, "size=64k") < 0) {
		IPCS_EXPECT_ERRNO(mount("ipcsuite", dir, "tmpfs", MS_MANDLOCK, "size=64k"), EPERM);
		IPCS_NOTE("the mand mount is refused (EPERM)");
		return;
	}
	IPCS_NOTE("the mand mount is accepted; no lock may be enforced on it");

	char path[512];
	snprintf(path, sizeof path, "%s/mandatory", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		IPCS_BROKEN_ERRNO("open(%s, O_CREAT)", path);
	IPCS_SAFE(fchmod(fd, S_ISGID | 0660)); /* set-group-ID, no group execute */
	struct stat st;
	IPCS_SAFE(fstat(fd, &st));
	if ((st.st_mode & (S_ISGID | S_IXGRP)) != S_ISGID)
		IPCS_BROKEN("the file's mode is 0%o, not set-group-ID without group execute",
		            (unsigned)st.st_mode & 07777);
	IPCS_SAFE(close(fd));

	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 10);
	fd = ipcs_lock_open(path, O_RDWR | O_NONBLOCK);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_SAFE(fcntl(fd, F_GETLK, &fl));
	if (fl.l_type != F_WRLCK || fl.l_pid != h.pid)
		IPCS_BROKEN("the holder's write lock is not seen (F_GETLK l_type %d)", fl.l_type);
	/* a mandatory lock would make these fail with EAGAIN (O_NONBLOCK) */
	IPCS_EXPECT_EQ(pwrite(fd, "abcd", 4, 0), 4);
	char buf[4];
	IPCS_EXPECT_EQ(pread(fd, buf, 4, 0), 4);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(mand_mount_refused_or_ignored)
