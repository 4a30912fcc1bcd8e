/*
 * A file mapping stays valid after its descriptor is closed (and the file
 * unlinked): its bytes stay readable, and stores through a MAP_SHARED mapping
 * still reach the file.
 *
 * Ref: POSIX.1-2017 mmap ("The mmap() function shall add an extra reference
 * to the file associated with the file descriptor fildes which is not removed
 * by a subsequent close() on that file descriptor. This reference shall be
 * removed when there are no more mappings to the file"); mmap(2) ("After the
 * mmap() call has returned, the file descriptor, fd, can be closed
 * immediately without invalidating the mapping").
 */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a file mapping outlives close of its descriptor: bytes readable, shared "
                      "stores reach the file",
          .ref = "POSIX.1-2017 mmap; mmap(2) DESCRIPTION", .tags = "mmap");

IPCS_TEST(shared_stores_reach_file_after_close)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	memset(map.addr, 0x31, 64);
	IPCS_SAFE(close(map.fd));

	IPCS_EXPECT_EQ(map.addr[63], 0x31);
	memset(map.addr + 64, 0x32, 64);
	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	char got[128], want[128];
	memset(want, 0x31, 64);
	memset(want + 64, 0x32, 64);
	IPCS_EXPECT_EQ(pread(fd, got, sizeof got, 0), (ssize_t)sizeof got);
	IPCS_EXPECT_MEMEQ(got, want, sizeof got);
}

IPCS_TEST(mapping_survives_close_and_unlink)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	memset(map.addr, 0x45, map.len);
	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC)); /* to read it back */
	IPCS_SAFE(close(map.fd));
	IPCS_SAFE(unlink(map.path));
	ipcs_untrack(IPCS_OBJ_FILE, -1, map.path);

	unsigned char v = 0x46;
	IPCS_EXPECT_READABLE(map.addr + map.len - 1, &v);
	IPCS_EXPECT_EQ(v, 0x45);
	IPCS_EXPECT_WRITABLE(map.addr, &v);
	char got = 0;
	IPCS_EXPECT_EQ(pread(fd, &got, 1, 0), 1);
	IPCS_EXPECT_EQ(got, 0x45);
}

IPCS_MAIN(shared_stores_reach_file_after_close, mapping_survives_close_and_unlink)
