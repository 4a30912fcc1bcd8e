/*
 * A MAP_SHARED | MAP_ANONYMOUS mapping stays shared across fork(): stores by
 * the child after fork() are seen by the parent and stores by the parent are
 * seen by the child.
 *
 * Ref: mmap(2) DESCRIPTION MAP_SHARED ("Updates to the mapping are visible to
 * other processes mapping the same region"), MAP_ANONYMOUS ("Support for
 * MAP_ANONYMOUS in conjunction with MAP_SHARED was added in Linux 2.4"),
 * NOTES ("Memory mapped by mmap() is preserved across fork(2), with the same
 * attributes"); fork(2) NOTES. MAP_ANONYMOUS is not in POSIX.1-2017.
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a MAP_SHARED|MAP_ANONYMOUS mapping is shared by parent and child after "
                      "fork, both ways",
          .ref = "mmap(2) MAP_SHARED, MAP_ANONYMOUS, NOTES", .tags = "mmap,anonymous,fork");

IPCS_TEST(stores_after_fork_seen_both_ways)
{
	size_t page = ipcs_page_size();
	volatile char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
	int to_child[2], to_parent[2];
	char c;
	IPCS_SAFE(pipe(to_child));
	IPCS_SAFE(pipe(to_parent));

	pid_t pid = ipcs_fork();
	if (pid == 0) {
		m[page] = 0x4c;
		IPCS_SAFE(write(to_parent[1], "x", 1));
		IPCS_SAFE(read(to_child[0], &c, 1)); /* the parent has stored */
		IPCS_EXPECT_EQ(m[0], 0x50);
		ipcs_child_exit();
	}
	IPCS_SAFE(read(to_parent[0], &c, 1)); /* the child has stored */
	IPCS_EXPECT_EQ(m[page], 0x4c);
	m[0] = 0x50;
	IPCS_SAFE(write(to_child[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(stores_after_fork_seen_both_ways)
