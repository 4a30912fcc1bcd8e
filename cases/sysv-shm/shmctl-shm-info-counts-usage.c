/*
 * shmctl(SHM_INFO) counts the namespace's segments (used_ids), their pages
 * (shm_tot, the sizes rounded up to pages) and their resident pages
 * (shm_rss, the pages touched); it returns the highest index in use.
 *
 * Ref: shmctl(2) SHM_INFO ("used_ids # of currently existing segments;
 * shm_tot Total number of shared memory pages; shm_rss # of resident shared
 * memory pages"), RETURN VALUE. Checked in a new IPC namespace, where the
 * counts are exactly this test's.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_INFO reports used_ids, shm_tot and shm_rss of the namespace",
          .ref = "shmctl(2) SHM_INFO, RETURN VALUE", .tags = "shmctl,proc");

IPCS_TEST(counts_follow_segments)
{
	size_t page = ipcs_page_size();
	ipcs_enter_new_ipc_ns(); /* what we create here dies with it: not registered */
	struct shm_info info;
	IPCS_ASSERT_OK(shmctl(0, SHM_INFO, (struct shmid_ds *)&info));
	IPCS_EXPECT_EQ(info.used_ids, 0);
	IPCS_EXPECT_EQ(info.shm_tot, 0);

	int a, b;
	IPCS_ASSERT_OK(a = shmget(IPC_PRIVATE, 2 * page + 1, IPC_CREAT | 0600)); /* 3 pages */
	IPCS_ASSERT_OK(b = shmget(IPC_PRIVATE, page, IPC_CREAT | 0600));
	IPCS_EXPECT_EQ(shmctl(0, SHM_INFO, (struct shmid_ds *)&info), 1);
	IPCS_EXPECT_EQ(info.used_ids, 2);
	IPCS_EXPECT_EQ(info.shm_tot, 4);
	IPCS_EXPECT_EQ(info.shm_rss, 0);

	volatile char *p = ipcs_shmat(a, NULL, 0);
	p[0] = 1;
	p[2 * page] = 1; /* two of its three pages */
	IPCS_ASSERT_OK(shmctl(0, SHM_INFO, (struct shmid_ds *)&info));
	IPCS_EXPECT_EQ(info.shm_rss, 2);
	ipcs_shmdt((void *)p);

	IPCS_ASSERT_OK(shmctl(b, IPC_RMID, NULL));
	IPCS_ASSERT_OK(shmctl(0, SHM_INFO, (struct shmid_ds *)&info));
	IPCS_EXPECT_EQ(info.used_ids, 1);
	IPCS_EXPECT_EQ(info.shm_tot, 3);
}

IPCS_MAIN(counts_follow_segments)
