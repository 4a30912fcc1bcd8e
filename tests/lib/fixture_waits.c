/*
 * A case built on lib/ for the outcomes that waits and skips must give: a
 * skip recorded by a child never hides a later crash or timeout of the test;
 * a state that IS the behavior and never comes is a failure (not broken);
 * "blocked in a call" that cannot be proven is a skip, never a pass.
 * tests/lib/test_lib.c runs it test by test. Not a conformance case.
 *
 * Ref: docs/case-protocol.md
 */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ipcsuite.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "lib fixture: waits and skips",
          .ref = "docs/case-protocol.md", .tags = "fixture", .timeout = 2);

static void child_skips(void *arg)
{
	(void)arg;
	IPCS_SKIP("the child cannot test this");
}

/* The child's SKIP record is written; the test does not wait through
 * ipcs_wait (which would skip the test) and goes on. */
static void let_child_skip(void)
{
	pid_t pid = ipcs_spawn(child_skips, NULL);
	int status;
	waitpid(pid, &status, 0);
}

IPCS_TEST(child_skips_then_test_crashes)
{
	let_child_skip();
	raise(SIGSEGV);
}

IPCS_TEST(child_skips_then_test_hangs)
{
	let_child_skip();
	for (;;)
		pause();
}

IPCS_TEST(behavior_count_never_comes)
{
	int id = ipcs_sem_new(1);
	IPCS_EXPECT_SEMNCNT(id, 0, 1);
}

static void pauses(void *arg)
{
	(void)arg;
	for (;;)
		pause();
}

IPCS_TEST(behavior_block_never_comes)
{
	pid_t pid = ipcs_spawn(pauses, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "msgrcv"); /* it sleeps, but in pause */
}

IPCS_TEST(blocked_proven)
{
	pid_t pid = ipcs_spawn(pauses, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "pause");
}

IPCS_MAIN(child_skips_then_test_crashes, child_skips_then_test_hangs, behavior_count_never_comes,
          behavior_block_never_comes, blocked_proven)
