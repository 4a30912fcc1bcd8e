/*
 * After shmdt() the range is no longer mapped: touching the old address
 * kills the process with SIGSEGV.
 *
 * Ref: shmop(2) shmdt() ("detaches the shared memory segment ... from the
 * address space of the calling process"); POSIX.1-2017 shmdt; signal(7)
 * SIGSEGV.
 */
#include <signal.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "touching a detached segment's old address faults with SIGSEGV",
          .ref = "shmop(2) shmdt(); POSIX.1-2017 shmdt", .tags = "attach,faults");

static int shmid;

static void touch_after_detach(void *arg)
{
	(void)arg;
	volatile char *p = ipcs_shmat(shmid, NULL, 0);
	p[0] = 'x';
	ipcs_shmdt((void *)p);
	ipcs_no_core_dump();
	(void)p[0]; /* must not return */
}

IPCS_TEST(read_after_detach_faults)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(touch_after_detach, NULL), SIGSEGV);
}

IPCS_MAIN(read_after_detach_faults)
