/*
 * shmctl(IPC_INFO) reports the limits that /proc/sys/kernel/shmmax, shmall
 * and shmmni hold, shmmin 1, and returns the highest index in use (at
 * least the index of a segment that exists).
 *
 * Ref: shmctl(2) IPC_INFO ("The shmmni, shmmax, and shmall settings can be
 * changed via /proc files of the same name"; "shmmin ... always 1"),
 * RETURN VALUE ("A successful IPC_INFO or SHM_INFO operation returns the
 * index of the highest used entry"); proc(5) /proc/sys/kernel/shmall,
 * shmmax, shmmni.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_INFO agrees with /proc/sys/kernel/shm* and returns the highest index",
          .ref = "shmctl(2) IPC_INFO, RETURN VALUE; proc(5)", .tags = "shmctl,limits,proc");

IPCS_TEST(limits_agree_with_proc)
{
	struct shminfo info;
	int id = ipcs_shm_new(ipcs_page_size());
	(void)id;
	int top;
	IPCS_ASSERT_OK(top = shmctl(0, IPC_INFO, (struct shmid_ds *)&info));
	IPCS_EXPECT_GE(top, 0);
	IPCS_EXPECT_EQ(info.shmmax, ipcs_read_proc_ull("/proc/sys/kernel/shmmax"));
	IPCS_EXPECT_EQ(info.shmall, ipcs_read_proc_ull("/proc/sys/kernel/shmall"));
	IPCS_EXPECT_EQ(info.shmmni, ipcs_read_proc_ull("/proc/sys/kernel/shmmni"));
	IPCS_EXPECT_EQ(info.shmmin, 1);
}

IPCS_TEST(returns_highest_index_in_use)
{
	/* In a fresh namespace, the first segment takes index 0 and the
	 * second index 1. */
	ipcs_enter_new_ipc_ns();
	struct shminfo info;
	int first = shmget(IPC_PRIVATE, ipcs_page_size(), IPC_CREAT | 0600); /* dies with ns */
	IPCS_ASSERT_OK(first);
	IPCS_EXPECT_EQ(shmctl(0, IPC_INFO, (struct shmid_ds *)&info), 0);
	IPCS_ASSERT_OK(shmget(IPC_PRIVATE, ipcs_page_size(), IPC_CREAT | 0600));
	IPCS_EXPECT_EQ(shmctl(0, IPC_INFO, (struct shmid_ds *)&info), 1);
}

IPCS_MAIN(limits_agree_with_proc, returns_highest_index_in_use)
