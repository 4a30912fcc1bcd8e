/*
 * A successful shmdt() sets shm_dtime to the current time, shm_lpid to the
 * caller's pid and takes one from shm_nattch; shm_atime is not touched.
 *
 * Ref: shmop(2) shmdt() ("shm_dtime is set to the current time. shm_lpid is
 * set to the process-ID of the calling process. shm_nattch is decremented
 * by one."); POSIX.1-2017 shmdt.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shmdt sets shm_dtime and shm_lpid and decrements shm_nattch",
          .ref = "shmop(2) shmdt(); POSIX.1-2017 shmdt", .tags = "shmid_ds,attach");

static int shmid;
static void *child_addr;

static void detach_in_child(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(shmdt(child_addr));
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_lpid, getpid());
}

IPCS_TEST(fields_after_detach)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	void *p = ipcs_shmat(shmid, NULL, 0);
	void *q = ipcs_shmat(shmid, NULL, 0);
	time_t atime = ipcs_shm_stat(shmid).shm_atime;
	time_t start = ipcs_realtime_s();
	IPCS_ASSERT_OK(shmdt(q));
	time_t end = ipcs_realtime_s();
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	IPCS_EXPECT_EQ(ds.shm_nattch, 1);
	IPCS_EXPECT_EQ(ds.shm_lpid, getpid());
	IPCS_EXPECT_GE(ds.shm_dtime, start);
	IPCS_EXPECT_LE(ds.shm_dtime, end);
	IPCS_EXPECT_EQ(ds.shm_atime, atime);
	IPCS_ASSERT_OK(shmdt(p));
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 0);
}

IPCS_TEST(lpid_is_last_detacher)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	child_addr = ipcs_shmat(shmid, NULL, 0);
	/* The child inherits the attachment (nattch 2) and detaches it. */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(detach_in_child, NULL), 0);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 1);
	ipcs_shmdt(child_addr);
}

IPCS_MAIN(fields_after_detach, lpid_is_last_detacher)
