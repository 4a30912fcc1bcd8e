/*
 * Two processes that shm_open() the same name and map it MAP_SHARED share
 * the memory: what one writes, the other reads, in both directions.
 *
 * Ref: shm_overview(7) ("The POSIX shared memory API allows processes to
 * communicate information by sharing a region of memory"); shm_open(3) DESCRIPTION
 * ("shm_open() creates and opens a new, or opens an existing, POSIX shared
 * memory object. A POSIX shared memory object is in effect a handle which
 * can be used by unrelated processes to mmap(2) the same region of shared
 * memory"); POSIX.1-2017 shm_open.
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "processes mapping the same shm name see each other's writes",
          .ref = "shm_overview(7); shm_open(3) DESCRIPTION; POSIX.1-2017 shm_open",
          .tags = "mmap,sharing");

static char name[IPCS_PNAME_SIZE];

static void other(void *arg)
{
	(void)arg;
	int fd = IPCS_SAFE(shm_open(name, O_RDWR, 0)); /* by name, not inherited */
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	IPCS_EXPECT_STREQ(p, "from parent");
	strcpy(p + 100, "from child");
}

IPCS_TEST(writes_visible_both_ways)
{
	int fd = ipcs_pshm_create(name, 4096, 0600);
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	IPCS_SAFE(close(fd));
	strcpy(p, "from parent");
	/* Unmap before forking: the child reaches the memory only by the name. */
	IPCS_SAFE(munmap(p, 4096));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(other, NULL), 0);
	fd = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	p = ipcs_pshm_map(fd, 4096, PROT_READ);
	IPCS_EXPECT_STREQ(p + 100, "from child");
}

IPCS_MAIN(writes_visible_both_ways)
