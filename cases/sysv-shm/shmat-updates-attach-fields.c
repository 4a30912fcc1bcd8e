/*
 * A successful shmat() sets shm_atime to the current time, shm_lpid to the
 * caller's pid and adds one to shm_nattch (for each attachment, also a
 * second one in the same process); shm_dtime is not touched.
 *
 * Ref: shmop(2) shmat() ("shm_atime is set to the current time. shm_lpid is
 * set to the process-ID of the calling process. shm_nattch is incremented
 * by one."); POSIX.1-2017 shmat ("shm_nattch ... incremented by one",
 * "shm_atime ... set equal to the current time").
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shmat sets shm_atime and shm_lpid and increments shm_nattch",
          .ref = "shmop(2) shmat(); POSIX.1-2017 shmat", .tags = "shmid_ds,attach");

static int shmid;

static void attach_in_child(void *arg)
{
	(void)arg;
	ipcs_shmat(shmid, NULL, SHM_RDONLY); /* stays attached until exit */
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_lpid, getpid());
}

IPCS_TEST(fields_after_attach)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	time_t start = ipcs_realtime_s();
	void *p = ipcs_shmat(shmid, NULL, 0);
	time_t end = ipcs_realtime_s();
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	IPCS_EXPECT_EQ(ds.shm_nattch, 1);
	IPCS_EXPECT_EQ(ds.shm_lpid, getpid());
	IPCS_EXPECT_GE(ds.shm_atime, start);
	IPCS_EXPECT_LE(ds.shm_atime, end);
	IPCS_EXPECT_EQ(ds.shm_dtime, 0);

	void *q = ipcs_shmat(shmid, NULL, SHM_RDONLY);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 2);
	ipcs_shmdt(q);
	ipcs_shmdt(p);
}

IPCS_TEST(lpid_is_last_attacher)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	void *p = ipcs_shmat(shmid, NULL, 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(attach_in_child, NULL), 0);
	/* The child's exit detached it and left its own pid as shm_lpid. */
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 1);
	ipcs_shmdt(p);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_lpid, getpid());
}

IPCS_MAIN(fields_after_attach, lpid_is_last_attacher)
