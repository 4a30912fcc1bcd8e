/*
 * ftok() builds the key from the file's identity as ftok(3) NOTES describes
 * the usual implementation (glibc, musl): bits 0-15 are the low 16 bits of
 * the inode number, bits 16-23 the low 8 bits of the device number, bits
 * 24-31 the low 8 bits of proj_id. So two files of one filesystem give
 * different keys for one proj_id exactly when their inode numbers differ
 * in the low 16 bits; uniqueness itself is not promised.
 *
 * Ref: ftok(3) NOTES ("no guarantee can be given that the resulting key_t
 * is unique. Typically, a best-effort attempt combines the given proj_id
 * byte, the lower 16 bits of the inode number, and the lower 8 bits of the
 * device number into a 32-bit result"), DESCRIPTION ("The value returned
 * should be different when the (simultaneously existing) files or the
 * project IDs differ"); POSIX.1-2017 ftok.
 */
#include <limits.h>
#include <sys/stat.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "ftok's key is id byte, device low byte, inode low 16 bits (glibc, musl)",
          .ref = "ftok(3) NOTES, DESCRIPTION; POSIX.1-2017 ftok", .tags = "keys,ftok");

static key_t expected_key(const struct stat *st, int proj_id)
{
	return (key_t)(((uint32_t)proj_id & 0xffu) << 24 | ((uint32_t)st->st_dev & 0xffu) << 16 |
	               ((uint32_t)st->st_ino & 0xffffu));
}

static key_t key_of(const char *path, int proj_id, struct stat *st)
{
	IPCS_SAFE(stat(path, st));
	key_t key = ftok(path, proj_id);
	IPCS_ASSERT_NE(key, (key_t)-1);
	IPCS_EXPECT_EQ((uint32_t)key, (uint32_t)expected_key(st, proj_id));
	return key;
}

IPCS_TEST(key_is_made_of_id_device_inode)
{
	char path[PATH_MAX];
	struct stat st;
	ipcs_temp_file(path, sizeof path);
	key_of(path, 'a', &st);
	key_of(path, 0xff, &st);
	key_of(path, 0x1234, &st); /* only 0x34 is used */
}

IPCS_TEST(two_files_differ_by_inode)
{
	char a[PATH_MAX], b[PATH_MAX];
	struct stat sa, sb;
	ipcs_temp_file(a, sizeof a);
	ipcs_temp_file(b, sizeof b);
	key_t ka = key_of(a, 'q', &sa);
	key_t kb = key_of(b, 'q', &sb);
	IPCS_ASSERT_EQ(sa.st_dev, sb.st_dev); /* one directory, one filesystem */
	IPCS_ASSERT_NE(sa.st_ino, sb.st_ino);
	if ((sa.st_ino & 0xffff) == (sb.st_ino & 0xffff)) {
		/* Documented collision: only the low 16 bits count. */
		IPCS_NOTE("inodes %lu and %lu share their low 16 bits", (unsigned long)sa.st_ino,
		          (unsigned long)sb.st_ino);
		IPCS_EXPECT_EQ(ka, kb);
	} else {
		IPCS_EXPECT_NE(ka, kb);
	}
}

IPCS_MAIN(key_is_made_of_id_device_inode, two_files_differ_by_inode)
