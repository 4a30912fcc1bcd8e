/*
 * lockf() locks relative to the current file offset: a positive size covers
 * pos .. pos+size-1, a negative size pos+size .. pos-1, and size 0 from pos
 * to the largest possible offset.
 *
 * Ref: lockf(3) DESCRIPTION ("the section consists of byte positions
 * pos..pos+len-1 if len is positive, and pos-len..pos-1 if len is negative,
 * where pos is the current file position, and if len is zero, the section
 * extends from the current file position to infinity"); POSIX.1-2017 lockf
 * ("The section to be locked or unlocked starts at the current offset in the
 * file and extends forward for a positive size or backward for a negative
 * size (the preceding bytes up to but not including the current offset). If
 * size is 0, the section from the current offset through the largest possible
 * file offset shall be locked").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf sections start at the file offset: forward, backward, or to the end",
          .ref = "lockf(3) DESCRIPTION; POSIX.1-2017 lockf", .tags = "lockf,range");

static char path[256];
static off_t lock_size;

/* Locks with lockf(F_LOCK, lock_size) at offset 40 and waits for the parent. */
static void holder(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_SAFE(lseek(fd, 40, SEEK_SET));
	IPCS_SAFE(lockf(fd, F_LOCK, lock_size));
	IPCS_SAFE(write(p[1], "L", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
}

/* Whether byte off is locked by the holder, asked with lockf(F_TEST). */
static void expect_byte(int fd, off_t off, bool locked)
{
	IPCS_SAFE(lseek(fd, off, SEEK_SET));
	if (locked)
		IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TEST, 1));
	else
		IPCS_EXPECT_OK(lockf(fd, F_TEST, 1));
}

static void with_holder(off_t size, const off_t *free_bytes, const off_t *locked_bytes)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	lock_size = size;
	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(holder, ends);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));
	for (; *free_bytes >= 0; free_bytes++)
		expect_byte(fd, *free_bytes, false);
	for (; *locked_bytes >= 0; locked_bytes++)
		expect_byte(fd, *locked_bytes, true);
	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(positive_size_forward)
{
	with_holder(10, (const off_t[]){39, 50, -1}, (const off_t[]){40, 49, -1});
}

IPCS_TEST(negative_size_backward)
{
	with_holder(-10, (const off_t[]){29, 40, -1}, (const off_t[]){30, 39, -1});
}

IPCS_TEST(zero_size_to_largest_offset)
{
	with_holder(0, (const off_t[]){39, -1}, (const off_t[]){40, 100, (off_t)1 << 30, -1});
}

IPCS_MAIN(positive_size_forward, negative_size_backward, zero_size_to_largest_offset)
