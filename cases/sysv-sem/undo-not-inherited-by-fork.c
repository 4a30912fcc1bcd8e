/*
 * A child created by fork() does not inherit its parent's semaphore
 * adjustments: the child's exit undoes nothing, the parent's exit still
 * undoes its own.
 *
 * Ref: semop(2) NOTES ("The sem_undo structures of a process aren't
 * inherited by the child produced by fork(2)"); fork(2) ("The child does not
 * inherit semaphore adjustments from its parent (semop(2))").
 */
#include <sys/wait.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a forked child does not inherit its parent's SEM_UNDO adjustments",
          .ref = "semop(2) NOTES; fork(2)", .tags = "sem-undo,fork");

static int semid;

static void grandchild(void *arg)
{
	(void)arg; /* exits at once: nothing of the parent's may be undone */
}

static void parent_with_undo(void *arg)
{
	(void)arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 3, SEM_UNDO));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(grandchild, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 3);
}

IPCS_TEST(child_exit_undoes_nothing)
{
	semid = ipcs_sem_new(1);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(parent_with_undo, NULL), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0); /* the parent's own exit undid it */
}

IPCS_MAIN(child_exit_undoes_nothing)
