/*
 * The part of a file mapping's last page beyond the end of the file reads as
 * zero, can be written without a signal, and writing it (then msync) does not
 * extend the file.
 *
 * Ref: POSIX.1-2017 mmap ("The system shall always zero-fill any partial page
 * at the end of an object. Further, the system shall never write out any
 * modified portions of the last page of an object which are beyond its
 * end"); mmap(2) NOTES ("the remaining bytes in the partial page at the end
 * of the mapping are zeroed when mapped, and modifications to that region are
 * not written out to the file").
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "the last page's bytes beyond the end of a mapped file read as zero and "
                      "writes to them do not reach the file",
          .ref = "POSIX.1-2017 mmap; mmap(2) NOTES", .tags = "mmap");

enum { FILE_BYTES = 100 };

static int fd;

/* A file of FILE_BYTES bytes of 0xff (so a zero tail is not the file's own
 * data), mapped over one page with flags. */
static unsigned char *map_short_file(int flags)
{
	char path[256], data[FILE_BYTES];
	ipcs_temp_file(path, sizeof path);
	fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CLOEXEC));
	memset(data, 0xff, sizeof data);
	IPCS_SAFE(pwrite(fd, data, sizeof data, 0));
	return (unsigned char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, ipcs_page_size(), PROT_READ | PROT_WRITE, flags, fd, 0));
}

static void expect_zero_tail(const unsigned char *m)
{
	size_t nonzero = 0, page = ipcs_page_size();
	for (size_t i = FILE_BYTES; i < page; i++)
		nonzero += m[i] != 0;
	IPCS_EXPECT_EQ(m[FILE_BYTES - 1], 0xff);
	IPCS_EXPECT_EQ(nonzero, 0);
}

IPCS_TEST(shared_tail_reads_zero)
{
	expect_zero_tail(map_short_file(MAP_SHARED));
}

IPCS_TEST(private_tail_reads_zero)
{
	expect_zero_tail(map_short_file(MAP_PRIVATE));
}

IPCS_TEST(tail_write_not_written_out)
{
	unsigned char *m = map_short_file(MAP_SHARED);
	size_t page = ipcs_page_size();
	unsigned char v = 0x77;
	IPCS_EXPECT_WRITABLE(m + page - 1, &v);
	IPCS_EXPECT_WRITABLE(m + FILE_BYTES, &v);
	IPCS_SAFE(msync(m, page, MS_SYNC));

	struct stat st;
	IPCS_SAFE(fstat(fd, &st));
	IPCS_EXPECT_EQ(st.st_size, FILE_BYTES);
	char buf[FILE_BYTES + 1];
	IPCS_EXPECT_EQ(pread(fd, buf, sizeof buf, 0), FILE_BYTES);
}

IPCS_MAIN(shared_tail_reads_zero, private_tail_reads_zero, tail_write_not_written_out)
