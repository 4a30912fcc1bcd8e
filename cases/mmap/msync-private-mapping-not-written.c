/*
 * msync(MS_SYNC) and msync(MS_ASYNC) on a MAP_PRIVATE file mapping return 0
 * and do not write the mapping's modified bytes to the file.
 *
 * Ref: POSIX.1-2017 msync ("When the msync() function is called on
 * MAP_PRIVATE mappings, any modified data shall not be written to the
 * underlying object and shall not cause such data to be made visible to
 * other processes"); mmap(2) DESCRIPTION MAP_PRIVATE ("Updates to the mapping
 * are not visible to other processes mapping the same file, and are not
 * carried through to the underlying file"); msync(2) RETURN VALUE ("On
 * success, zero is returned"). mm/msync.c syncs only VM_SHARED file
 * mappings.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync on a MAP_PRIVATE file mapping returns 0 and does not write the "
                      "modified bytes to the file",
          .ref = "POSIX.1-2017 msync; mmap(2) MAP_PRIVATE; msync(2) RETURN VALUE",
          .tags = "msync,mmap");

enum { NPAGES = 2 };

static void check_private(int flags)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_PRIVATE);
	char *zeros = calloc(1, map.len), *got = malloc(map.len);
	if (!zeros || !got)
		IPCS_BROKEN("allocating %zu bytes failed", map.len);
	ipcs_fill_pattern(map.addr, map.len, 31);

	IPCS_EXPECT_OK(msync(map.addr, map.len, flags));

	/* The file was created zero-filled and must still be. */
	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, zeros, map.len);
	IPCS_SAFE(close(fd));
}

IPCS_TEST(private_sync_returns_zero_file_unchanged)
{
	check_private(MS_SYNC);
}

IPCS_TEST(private_async_returns_zero_file_unchanged)
{
	check_private(MS_ASYNC);
}

IPCS_MAIN(private_sync_returns_zero_file_unchanged, private_async_returns_zero_file_unchanged)
