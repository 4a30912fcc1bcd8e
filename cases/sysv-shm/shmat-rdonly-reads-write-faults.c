/*
 * A segment attached with SHM_RDONLY can be read, and a write through that
 * attachment kills the process with SIGSEGV.
 *
 * Ref: shmop(2) SHM_RDONLY ("Attach the segment for read-only access");
 * POSIX.1-2017 shmat ("If (shmflg &SHM_RDONLY) is non-zero, the segment is
 * attached for reading"); signal(7) SIGSEGV (invalid memory reference).
 */
#include <signal.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "an SHM_RDONLY attachment reads the data; a write through it faults",
          .ref = "shmop(2) SHM_RDONLY; POSIX.1-2017 shmat", .tags = "attach,shm_rdonly,faults");

static int shmid;

static void write_read_only(void *arg)
{
	(void)arg;
	volatile char *ro = ipcs_shmat(shmid, NULL, SHM_RDONLY);
	ipcs_no_core_dump();
	ro[0] = 'w'; /* must not return */
}

IPCS_TEST(read_works)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	volatile char *rw = ipcs_shmat(shmid, NULL, 0);
	rw[10] = 'x';
	volatile char *ro = ipcs_shmat(shmid, NULL, SHM_RDONLY);
	IPCS_EXPECT_EQ(ro[10], 'x');
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping((void *)ro, &m));
	IPCS_EXPECT_EQ(m.perms[1], '-'); /* mapped without write */
	ipcs_shmdt((void *)ro);
	ipcs_shmdt((void *)rw);
}

IPCS_TEST(write_faults)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(write_read_only, NULL), SIGSEGV);
	/* Nothing was written. */
	volatile char *rw = ipcs_shmat(shmid, NULL, SHM_RDONLY);
	IPCS_EXPECT_EQ(rw[0], 0);
	ipcs_shmdt((void *)rw);
}

IPCS_MAIN(read_works, write_faults)
