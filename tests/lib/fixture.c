/*
 * A case built on lib/ whose tests take every path the library reports:
 * pass, fail, broken, skip, crash, timeout, child failure, stray output.
 * tests/lib/test_lib.c runs it test by test and checks the TAP it prints.
 * Not a conformance case: it lives outside cases/.
 *
 * Ref: docs/case-protocol.md
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "lib fixture", .ref = "docs/case-protocol.md",
          .tags = "fixture", .timeout = 2);

IPCS_TEST(passes)
{
	IPCS_EXPECT_ERRNO(semget(IPC_PRIVATE, -1, 0600), EINVAL);
	IPCS_EXPECT_EQ(1 + 1, 2);
}

IPCS_TEST(fails_value)
{
	IPCS_EXPECT_EQ(GETZCNT, 7);
}

IPCS_TEST(fails_errno)
{
	IPCS_EXPECT_ERRNO(semget(IPC_PRIVATE, -1, 0600), ENOENT);
}

IPCS_TEST(breaks_in_setup)
{
	IPCS_SAFE(semget(IPC_PRIVATE, -1, 0600));
	IPCS_FAIL("not reached");
}

IPCS_TEST(skips_with_hash)
{
	IPCS_SKIP("needs #42 \\ and\na newline");
}

static void child_fails(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(getpid(), 0);
}

IPCS_TEST(child_failure_counts)
{
	pid_t pid = ipcs_spawn(child_fails, NULL);
	ipcs_wait(pid);
}

/* Creates a semaphore set, tells the checker its id, then crashes: the
 * main process must still remove the set. */
IPCS_TEST(crashes_after_create)
{
	int id = ipcs_sem_new(1);
	const char *out = getenv("FIXTURE_ID_FILE");
	FILE *f = out ? fopen(out, "w") : NULL;
	if (f) {
		fprintf(f, "%d\n", id);
		fclose(f);
	}
	raise(SIGSEGV);
}

IPCS_TEST(hangs)
{
	for (;;)
		pause();
}

IPCS_TEST(prints_to_stdout)
{
	printf("ok 99 - not TAP from the case\n");
	fflush(stdout);
}

IPCS_TEST(waits_for_state_that_never_comes)
{
	int id = ipcs_sem_new(1);
	IPCS_WAIT_SEMNCNT(id, 0, 1);
}

IPCS_TEST(notes_and_passes)
{
	IPCS_NOTE("a note with # hash");
}

static void child_skips(void *arg)
{
	(void)arg;
	IPCS_SKIP("the child cannot test this");
}

IPCS_TEST(child_skip_skips_the_test)
{
	pid_t pid = ipcs_spawn(child_skips, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_FAIL("not reached: the wait skips");
}

IPCS_MAIN(passes, fails_value, fails_errno, breaks_in_setup, skips_with_hash, child_failure_counts,
          crashes_after_create, hangs, prints_to_stdout, waits_for_state_that_never_comes,
          notes_and_passes, child_skip_skips_the_test)
