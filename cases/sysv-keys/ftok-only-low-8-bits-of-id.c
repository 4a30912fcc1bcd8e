/*
 * ftok() uses only the least significant 8 bits of proj_id: ids that differ
 * only above bit 7 give the same key, ids that differ in those 8 bits give
 * different keys.
 *
 * Ref: ftok(3) DESCRIPTION ("the least significant 8 bits of proj_id ... to
 * generate a key_t"; "The value returned should be different when the ...
 * project IDs differ"), NOTES ("still only 8 bits are used");
 * POSIX.1-2017 ftok ("Only the low-order 8-bits of id are significant").
 */
#include <limits.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "ftok uses only the low 8 bits of proj_id; ids differing in them differ",
          .ref = "ftok(3) DESCRIPTION, NOTES; POSIX.1-2017 ftok", .tags = "keys,ftok");

IPCS_TEST(high_bits_of_id_ignored)
{
	char path[PATH_MAX];
	ipcs_temp_file(path, sizeof path);
	key_t low = ftok(path, 0x41);
	IPCS_ASSERT_NE(low, (key_t)-1);
	IPCS_EXPECT_EQ(ftok(path, 0x141), low);
	IPCS_EXPECT_EQ(ftok(path, 0x7f41), low);
}

IPCS_TEST(different_ids_give_different_keys)
{
	char path[PATH_MAX];
	ipcs_temp_file(path, sizeof path);
	key_t a = ftok(path, 'a');
	key_t b = ftok(path, 'b');
	IPCS_ASSERT_NE(a, (key_t)-1);
	IPCS_ASSERT_NE(b, (key_t)-1);
	IPCS_EXPECT_NE(a, b);
	IPCS_EXPECT_NE(ftok(path, 0xff), a);
}

IPCS_MAIN(high_bits_of_id_ignored, different_ids_give_different_keys)
