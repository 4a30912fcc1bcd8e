/*
 * mmap() of a descriptor opened O_RDONLY fails with EACCES for a MAP_SHARED
 * mapping with PROT_WRITE, while the same request with MAP_PRIVATE (writes
 * stay private) succeeds.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EACCES] ... fildes is not open
 * for write and PROT_WRITE was specified for a MAP_SHARED type mapping");
 * mmap(2) ERRORS ("EACCES ... MAP_SHARED was requested and PROT_WRITE is set,
 * but fd is not open in read/write (O_RDWR) mode"). The descriptor's mode
 * decides, not the caller's privilege: root gets EACCES too.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap(MAP_SHARED, PROT_WRITE) of an O_RDONLY descriptor fails with EACCES "
                      "(MAP_PRIVATE is allowed)",
          .ref = "POSIX.1-2017 mmap ERRORS EACCES; mmap(2) ERRORS EACCES", .tags = "mmap,errors");

static int open_read_only(struct ipcs_file_map *map)
{
	ipcs_map_temp_file(map, 1, MAP_SHARED);
	return (int)IPCS_SAFE(open(map->path, O_RDONLY | O_CLOEXEC));
}

IPCS_TEST(shared_write_eacces)
{
	struct ipcs_file_map map;
	int fd = open_read_only(&map);
	IPCS_EXPECT_ERRNO(mmap(NULL, map.len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
	IPCS_EXPECT_ERRNO(mmap(NULL, map.len, PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
}

IPCS_TEST(private_write_allowed)
{
	struct ipcs_file_map map;
	int fd = open_read_only(&map);
	IPCS_EXPECT_OK(mmap(NULL, map.len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0));
	IPCS_EXPECT_OK(mmap(NULL, map.len, PROT_READ, MAP_SHARED, fd, 0));
}

IPCS_MAIN(shared_write_eacces, private_write_allowed)
