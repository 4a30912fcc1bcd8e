/*
 * Memory of a segment is shared between processes that attach it
 * independently: what one writes, the other reads, both ways.
 *
 * Ref: sysvipc(7) ("System V shared memory allows processes to share a
 * region a memory"); shmop(2) DESCRIPTION; POSIX.1-2017 XSH 2.7 (shared
 * memory).
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a segment attached by two processes shares its memory both ways",
          .ref = "sysvipc(7); shmop(2) DESCRIPTION", .tags = "contents,processes");

static int shmid;
static int to_child[2], to_parent[2];

static void partner(void *arg)
{
	(void)arg;
	char token;
	/* Its own attach, not the inherited one: the child attaches after
	 * fork and the parent has nothing attached before it. */
	volatile char *p = ipcs_shmat(shmid, NULL, 0);
	IPCS_ASSERT_EQ(read(to_child[0], &token, 1), 1);
	IPCS_EXPECT_EQ(p[0], 'P');
	p[1] = 'C';
	IPCS_ASSERT_EQ(write(to_parent[1], "k", 1), 1);
}

IPCS_TEST(writes_seen_by_other_process)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	IPCS_SAFE(pipe(to_child));
	IPCS_SAFE(pipe(to_parent));
	pid_t pid = ipcs_spawn(partner, NULL);
	close(to_parent[1]); /* a child that dies early gives EOF, not a hang */
	close(to_child[0]);
	volatile char *p = ipcs_shmat(shmid, NULL, 0);
	p[0] = 'P';
	IPCS_ASSERT_EQ(write(to_child[1], "k", 1), 1);
	char token;
	IPCS_ASSERT_EQ(read(to_parent[0], &token, 1), 1);
	IPCS_EXPECT_EQ(p[1], 'C');
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	ipcs_shmdt((void *)p);
}

IPCS_MAIN(writes_seen_by_other_process)
