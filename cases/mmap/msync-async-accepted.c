/*
 * msync(MS_ASYNC) on a MAP_SHARED file mapping is accepted (returns 0) and
 * discards nothing: read() of the file through a new descriptor returns the
 * bytes written through the mapping. Acceptance only: nothing here shows that
 * an update was scheduled (on Linux none is), and read() would return the
 * bytes without any msync (one page cache); writeback itself is checked by
 * msync-sync-data-in-file.
 *
 * Ref: msync(2) DESCRIPTION ("MS_ASYNC Specifies that an update be scheduled,
 * but the call returns immediately"), RETURN VALUE ("On success, zero is
 * returned"); POSIX.1-2017 msync ("When MS_ASYNC is specified, msync() shall
 * return immediately once all the write operations are initiated or queued
 * for servicing"). msync(2) NOTES: since Linux 2.6.19 MS_ASYNC is a no-op
 * (mm/msync.c), so this case checks acceptance and the file's contents as
 * read() sees them, not that any writeback was scheduled.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync(MS_ASYNC) on a MAP_SHARED file mapping is accepted (returns 0; "
                      "acceptance only, no writeback is observed)",
          .ref = "msync(2) DESCRIPTION, RETURN VALUE; POSIX.1-2017 msync", .tags = "msync,mmap");

enum { NPAGES = 2 };

IPCS_TEST(async_accepted_data_kept)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	char *want = malloc(map.len), *got = malloc(map.len);
	if (!want || !got)
		IPCS_BROKEN("malloc(%zu) failed", map.len);
	ipcs_fill_pattern(want, map.len, 5);
	memcpy(map.addr, want, map.len);

	IPCS_EXPECT_OK(msync(map.addr, map.len, MS_ASYNC));

	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	IPCS_SAFE(close(fd));
}

IPCS_MAIN(async_accepted_data_kept)
