/*
 * /proc/<pid>/fdinfo/<fd> of a descriptor whose file the process has locked
 * carries a "lock:" line in the /proc/locks format (kernel); a descriptor of
 * an unlocked file has none.
 *
 * Ref: proc(5) /proc/pid/fdinfo (lists pos, flags, mnt_id; the lock lines are
 * not described); kernel fs/proc/fd.c seq_show() calling show_fd_locks() in
 * fs/locks.c ("lock:\t" followed by the lock_get_status() line).
 */
#include <stdio.h>
#include <string.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "fdinfo of a locked file shows a 'lock:' line (kernel)",
          .ref = "proc(5) /proc/pid/fdinfo; kernel fs/locks.c show_fd_locks()",
          .tags = "fcntl,proc");

/* The first "lock:" line of /proc/self/fdinfo/fd, or "" when there is none. */
static void fdinfo_lock_line(int fd, char *out, size_t size)
{
	char name[64], line[256];
	snprintf(name, sizeof name, "/proc/self/fdinfo/%d", fd);
	FILE *f = fopen(name, "r");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(%s)", name);
	out[0] = '\0';
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "lock:", 5) == 0) {
			snprintf(out, size, "%s", line);
			break;
		}
	fclose(f);
}

IPCS_TEST(lock_line_present)
{
	char path[256], line[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	fdinfo_lock_line(fd, line, sizeof line);
	IPCS_EXPECT_STREQ(line, ""); /* nothing before */

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 3, 4);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fdinfo_lock_line(fd, line, sizeof line);
	IPCS_EXPECT_TRUE(strstr(line, "POSIX") != NULL);
	IPCS_EXPECT_TRUE(strstr(line, "WRITE") != NULL);
	IPCS_EXPECT_TRUE(strstr(line, " 3 6\n") != NULL);
	if (ipcs_failures())
		IPCS_NOTE("fdinfo lock line: %s", line);
}

IPCS_MAIN(lock_line_present)
