/*
 * A MAP_PRIVATE | MAP_ANONYMOUS mapping is copied by fork(): the child sees
 * what the parent stored before fork(), and after fork() neither process
 * sees the other's stores.
 *
 * Ref: POSIX.1-2017 fork ("MAP_PRIVATE mappings inherited from the parent
 * shall also be MAP_PRIVATE mappings in the child, and any modifications to
 * the data in these mappings made by the parent prior to calling fork() shall
 * be visible to the child. Any modifications to the data in MAP_PRIVATE
 * mappings made by the parent after fork() returns shall be visible only to
 * the parent. Modifications to the data in MAP_PRIVATE mappings made by the
 * child shall be visible only to the child."); mmap(2) MAP_ANONYMOUS.
 */
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a MAP_PRIVATE|MAP_ANONYMOUS mapping carries stores made before fork to the "
                      "child and keeps later stores private to each process",
          .ref = "POSIX.1-2017 fork; mmap(2) MAP_PRIVATE, MAP_ANONYMOUS",
          .tags = "mmap,anonymous,private,fork");

IPCS_TEST(stores_after_fork_stay_private)
{
	size_t page = ipcs_page_size();
	volatile char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	int to_child[2], to_parent[2];
	char c;
	IPCS_SAFE(pipe(to_child));
	IPCS_SAFE(pipe(to_parent));
	m[0] = 0x11;
	m[page] = 0x22;

	pid_t pid = ipcs_fork();
	if (pid == 0) {
		IPCS_EXPECT_EQ(m[0], 0x11); /* the parent's store before fork */
		m[page] = 0x33;
		IPCS_SAFE(write(to_parent[1], "x", 1));
		IPCS_SAFE(read(to_child[0], &c, 1)); /* the parent has stored */
		IPCS_EXPECT_EQ(m[0], 0x11);
		IPCS_EXPECT_EQ(m[page], 0x33);
		ipcs_child_exit();
	}
	IPCS_SAFE(read(to_parent[0], &c, 1)); /* the child has stored */
	IPCS_EXPECT_EQ(m[page], 0x22);
	m[0] = 0x44;
	IPCS_SAFE(write(to_child[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(m[0], 0x44);
}

IPCS_MAIN(stores_after_fork_stay_private)
