/*
 * A MAP_SHARED mapping of a shared memory object stays shared with a child
 * after fork(): the child's writes are seen by the parent and the parent's by
 * the child, while the child runs.
 *
 * Ref: fork(2) ("The child inherits copies of the parent's set of open file
 * descriptors"; mappings are inherited, MAP_SHARED ones stay shared: mmap(2)
 * MAP_SHARED "Updates to the mapping are visible to other processes mapping
 * the same region"); POSIX.1-2017 fork ("Memory mappings created in the
 * parent shall be retained in the child process. MAP_SHARED mappings created
 * in the parent shall be shared").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a MAP_SHARED shm mapping stays shared between parent and forked child",
          .ref = "fork(2); mmap(2) MAP_SHARED; POSIX.1-2017 fork", .tags = "mmap,sharing,fork");

static volatile int *shared;

static bool parent_wrote(void *arg)
{
	(void)arg;
	return shared[1] == 42;
}

static bool child_wrote(void *arg)
{
	(void)arg;
	return shared[0] == 7;
}

static void child(void *arg)
{
	(void)arg;
	shared[0] = 7;
	IPCS_EXPECT_EVENTUALLY(parent_wrote, NULL, "the parent's write to reach the child");
}

IPCS_TEST(both_directions_while_running)
{
	char name[IPCS_PNAME_SIZE];
	int fd = ipcs_pshm_create(name, 4096, 0600);
	shared = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	pid_t pid = ipcs_spawn(child, NULL);
	IPCS_EXPECT_EVENTUALLY(child_wrote, NULL, "the child's write to reach the parent");
	shared[1] = 42;
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(both_directions_while_running)
