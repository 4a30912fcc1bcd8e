/*
 * ftok() gives the same key for every pathname naming the same file, with
 * the same proj_id.
 *
 * Ref: ftok(3) DESCRIPTION ("The resulting value is the same for all
 * pathnames that name the same file, when the same value of proj_id is
 * used."); POSIX.1-2017 ftok ("shall return the same key value for all
 * paths that name the same file, when called with the same id value").
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "ftok gives the same key for all pathnames naming the same file and id",
          .ref = "ftok(3) DESCRIPTION; POSIX.1-2017 ftok", .tags = "keys,ftok");

IPCS_TEST(same_path_twice)
{
	char path[PATH_MAX];
	ipcs_temp_file(path, sizeof path);
	key_t first = ftok(path, 'a');
	IPCS_ASSERT_NE(first, (key_t)-1);
	IPCS_EXPECT_EQ(ftok(path, 'a'), first);
}

IPCS_TEST(hard_link_gives_same_key)
{
	char path[PATH_MAX], link_path[PATH_MAX + 8];
	ipcs_temp_file(path, sizeof path);
	snprintf(link_path, sizeof link_path, "%s.link", path);
	IPCS_SAFE(link(path, link_path));
	ipcs_track(IPCS_OBJ_FILE, -1, link_path);
	key_t key = ftok(path, 'a');
	IPCS_ASSERT_NE(key, (key_t)-1);
	IPCS_EXPECT_EQ(ftok(link_path, 'a'), key);
}

IPCS_TEST(other_spelling_gives_same_key)
{
	char path[PATH_MAX], spelled[PATH_MAX + 8];
	ipcs_temp_file(path, sizeof path);
	/* dir/./base names the same file through another string. */
	char *slash = strrchr(path, '/');
	IPCS_ASSERT_TRUE(slash != NULL);
	snprintf(spelled, sizeof spelled, "%.*s/./%s", (int)(slash - path), path, slash + 1);
	key_t key = ftok(path, 'z');
	IPCS_ASSERT_NE(key, (key_t)-1);
	IPCS_EXPECT_EQ(ftok(spelled, 'z'), key);
}

IPCS_MAIN(same_path_twice, hard_link_gives_same_key, other_spelling_gives_same_key)
