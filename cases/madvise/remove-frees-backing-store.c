/*
 * madvise(MADV_REMOVE) on a shared writable file mapping punches a hole: the
 * range then reads as zero through the mapping and through read(2), the file
 * keeps its size, and pages outside the range keep their data. On a private
 * mapping it fails with EACCES.
 *
 * Ref: madvise(2) MADV_REMOVE ("Free up a given range of pages and its
 * associated backing store. This is equivalent to punching a hole in the
 * corresponding range of the backing store (see fallocate(2)). Subsequent
 * accesses in the specified address range will see data with a value of
 * zero"; "The specified address range must be mapped shared and writable"),
 * ERRORS ("EACCES advice is MADV_REMOVE, but the specified address range is
 * not a shared writable mapping"). fallocate(2) FALLOC_FL_PUNCH_HOLE: the
 * file size does not change. Probed first with fallocate(PUNCH_HOLE) on a
 * file of its own in the same directory: a file system without hole punching
 * (EOPNOTSUPP there) skips; MADV_REMOVE's own error is a failure.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_REMOVE punches a hole in a shared file mapping (zeros, size kept); "
                      "on a private mapping it fails with EACCES",
          .ref = "madvise(2) MADV_REMOVE, ERRORS EACCES; fallocate(2)", .tags = "madvise");

static void require_punch_hole(void)
{
	char path[256];
	size_t page = ipcs_page_size();
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(fd, (off_t)(2 * page)));
	if (fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, (off_t)page) == -1) {
		if (errno == EOPNOTSUPP)
			IPCS_SKIP("the temp file system cannot punch holes (fallocate EOPNOTSUPP)");
		IPCS_BROKEN_ERRNO("probing fallocate(FALLOC_FL_PUNCH_HOLE)");
	}
	close(fd);
}

IPCS_TEST(hole_reads_zero)
{
	size_t page = ipcs_page_size();
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 3, MAP_SHARED);
	ipcs_fill_pattern(map.addr, map.len, 21);
	char *want = ipcs_map_anon(map.len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	memcpy(want, map.addr, map.len);
	memset(want + page, 0, page);

	require_punch_hole();
	IPCS_ASSERT_OK(madvise(map.addr + page, page, MADV_REMOVE));
	IPCS_EXPECT_MEMEQ(map.addr, want, map.len);
	char *got = ipcs_map_anon(map.len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_EQ(pread(map.fd, got, map.len, 0), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	struct stat st;
	IPCS_SAFE(fstat(map.fd, &st));
	IPCS_EXPECT_EQ(st.st_size, (off_t)map.len);
}

IPCS_TEST(private_mapping_eacces)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(madvise(map.addr, map.len, MADV_REMOVE), EACCES);
}

IPCS_MAIN(hole_reads_zero, private_mapping_eacces)
