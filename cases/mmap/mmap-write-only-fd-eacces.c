/*
 * mmap() of a descriptor opened O_WRONLY fails with EACCES whatever the
 * protection and mapping type, PROT_WRITE with MAP_SHARED included.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EACCES] The fildes argument is
 * not open for read, regardless of the protection specified"); mmap(2)
 * ERRORS ("EACCES ... a file mapping was requested, but fd is not open for
 * reading").
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap of an O_WRONLY descriptor fails with EACCES, whatever prot and type",
          .ref = "POSIX.1-2017 mmap ERRORS EACCES; mmap(2) ERRORS EACCES", .tags = "mmap,errors");

static int fd;
static size_t len;

static void open_write_only(void)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	fd = (int)IPCS_SAFE(open(map.path, O_WRONLY | O_CLOEXEC));
	len = map.len;
}

IPCS_TEST(shared_write_eacces)
{
	open_write_only();
	IPCS_EXPECT_ERRNO(mmap(NULL, len, PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
	IPCS_EXPECT_ERRNO(mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
}

IPCS_TEST(read_only_eacces)
{
	open_write_only();
	IPCS_EXPECT_ERRNO(mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0), EACCES);
	IPCS_EXPECT_ERRNO(mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0), EACCES);
}

IPCS_MAIN(shared_write_eacces, read_only_eacces)
