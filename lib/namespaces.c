/* namespaces.c - a namespace of the test's own, with or without privilege.
 * Without CAP_SYS_ADMIN, a new mount or IPC namespace comes with a new user
 * namespace that owns it; our ids are mapped there (a file or object owned by
 * an unmapped id could not be made). */
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

static void write_proc_self(const char *file, const char *text)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/%s", file);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd == -1)
		IPCS_BROKEN_ERRNO("open(%s)", path);
	if (write(fd, text, strlen(text)) != (ssize_t)strlen(text))
		IPCS_BROKEN_ERRNO("writing \"%s\" to %s", text, path);
	close(fd);
}

int ipcs_unshare_user_ns(int flags, bool as_root)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	if (unshare(CLONE_NEWUSER | flags) == -1)
		return -1;
	char map[64];
	write_proc_self("setgroups", "deny");
	snprintf(map, sizeof map, "%lu %lu 1", as_root ? 0ul : (unsigned long)uid,
	         (unsigned long)uid);
	write_proc_self("uid_map", map);
	snprintf(map, sizeof map, "%lu %lu 1", as_root ? 0ul : (unsigned long)gid,
	         (unsigned long)gid);
	write_proc_self("gid_map", map);
	return 0;
}

static const char *flag_names(int flags)
{
	if (flags == CLONE_NEWNS)
		return "CLONE_NEWNS";
	if (flags == CLONE_NEWIPC)
		return "CLONE_NEWIPC";
	if (flags == (CLONE_NEWNS | CLONE_NEWIPC))
		return "CLONE_NEWNS|CLONE_NEWIPC";
	return "the namespace flags";
}

void ipcs_enter_new_namespaces(int flags, bool as_root, const char *purpose)
{
	if (unshare(flags) == 0)
		return;
	if (errno == EINVAL)
		IPCS_SKIP("unshare(%s) fails with EINVAL: this kernel lacks that namespace type",
		          flag_names(flags));
	if (errno != EPERM)
		IPCS_BROKEN_ERRNO("unshare(%s)", flag_names(flags));
	if (ipcs_unshare_user_ns(flags, as_root) == 0)
		return;
	if (errno == EPERM || errno == EINVAL || errno == ENOSPC || errno == EUSERS)
		IPCS_SKIP("cannot make a namespace %s: unshare(%s) needs CAP_SYS_ADMIN, and "
		          "unshare(CLONE_NEWUSER|%s) failed with %s",
		          purpose, flag_names(flags), flag_names(flags), ipcs_errno_name(errno));
	IPCS_BROKEN_ERRNO("unshare(CLONE_NEWUSER|%s)", flag_names(flags));
}
