/*
 * Stores through a MAP_SHARED mapping of a file are seen by another process
 * that mapped the same file itself, in both directions.
 *
 * Ref: POSIX.1-2017 mmap ("MAP_SHARED ... Changes are shared"; "If MAP_SHARED
 * is specified, write references shall change the underlying object");
 * mmap(2) DESCRIPTION MAP_SHARED ("Updates to the mapping are visible to other
 * processes mapping the same region").
 *
 * The child opens and maps the file after fork() (its own mapping, not an
 * inherited one); a pipe orders the steps.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "stores through a MAP_SHARED file mapping are seen by another process "
                      "that mapped the same file, both ways",
          .ref = "POSIX.1-2017 mmap MAP_SHARED; mmap(2) MAP_SHARED", .tags = "mmap,shared,fork");

static void read_byte(int fd)
{
	char c;
	if (read(fd, &c, 1) != 1)
		IPCS_BROKEN_ERRNO("handshake read");
}

static void write_byte(int fd)
{
	if (write(fd, "x", 1) != 1)
		IPCS_BROKEN_ERRNO("handshake write");
}

IPCS_TEST(stores_seen_both_ways)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 2, MAP_SHARED);
	size_t page = ipcs_page_size();
	int to_child[2], to_parent[2];
	IPCS_SAFE(pipe(to_child));
	IPCS_SAFE(pipe(to_parent));

	pid_t pid = ipcs_fork();
	if (pid == 0) {
		IPCS_SAFE(munmap(map.addr, map.len)); /* use only our own mapping */
		int fd = (int)IPCS_SAFE(open(map.path, O_RDWR | O_CLOEXEC));
		char *own = (char *)(intptr_t)IPCS_SAFE(
		    mmap(NULL, map.len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0));
		memset(own + page, 0x6b, page);
		write_byte(to_parent[1]);
		read_byte(to_child[0]); /* the parent has stored page 0 */
		char want[64];
		memset(want, 0x2e, sizeof want);
		IPCS_EXPECT_MEMEQ(own, want, sizeof want);
		ipcs_child_exit();
	}
	read_byte(to_parent[0]); /* the child has stored page 1 */
	char want[64];
	memset(want, 0x6b, sizeof want);
	IPCS_EXPECT_MEMEQ(map.addr + page, want, sizeof want);
	memset(map.addr, 0x2e, page);
	write_byte(to_child[1]);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(stores_seen_both_ways)
