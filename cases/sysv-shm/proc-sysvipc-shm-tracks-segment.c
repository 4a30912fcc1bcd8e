/*
 * /proc/sysvipc/shm lists a segment with its key, id, mode, size, creator
 * pid and owner fields, and its line follows attaches: nattch, lpid and
 * atime change with shmat, rss counts touched pages.
 *
 * Ref: proc(5) /proc/sysvipc ("Subdirectory containing the pseudo-files
 * msg, sem and shm. These files list the System V Interprocess
 * Communication (IPC) objects ... The shm file has ... information similar
 * to ipcs(1)"); ipc/shm.c sysvipc_shm_proc_show() for the columns.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/sysvipc/shm shows a segment and tracks its attaches",
          .ref = "proc(5) /proc/sysvipc; ipc/shm.c sysvipc_shm_proc_show()",
          .tags = "proc,shmid_ds");

IPCS_TEST(line_matches_and_tracks_attach)
{
	size_t page = ipcs_page_size();
	key_t key = ipcs_unique_key();
	int id = ipcs_shmget(key, 2 * page + 5, IPC_CREAT | IPC_EXCL | 0640);
	struct ipcs_proc_shm e;
	IPCS_ASSERT_TRUE(ipcs_proc_shm_find(id, &e));
	IPCS_EXPECT_EQ(e.key, key);
	IPCS_EXPECT_EQ(e.mode, 0640);
	IPCS_EXPECT_EQ(e.size, 2 * page + 5);
	IPCS_EXPECT_EQ(e.cpid, getpid());
	IPCS_EXPECT_EQ(e.lpid, 0);
	IPCS_EXPECT_EQ(e.nattch, 0);
	IPCS_EXPECT_EQ(e.uid, geteuid());
	IPCS_EXPECT_EQ(e.cuid, geteuid());
	IPCS_EXPECT_EQ(e.gid, getegid());
	IPCS_EXPECT_EQ(e.cgid, getegid());
	IPCS_EXPECT_EQ(e.atime, 0);
	IPCS_EXPECT_EQ(e.ctime, ipcs_shm_stat(id).shm_ctime);
	IPCS_EXPECT_EQ(e.rss, 0);

	time_t start = ipcs_realtime_s();
	volatile char *p = ipcs_shmat(id, NULL, 0);
	p[0] = 1;
	IPCS_ASSERT_TRUE(ipcs_proc_shm_find(id, &e));
	IPCS_EXPECT_EQ(e.nattch, 1);
	IPCS_EXPECT_EQ(e.lpid, getpid());
	IPCS_EXPECT_GE(e.atime, start);
	IPCS_EXPECT_EQ(e.rss, page); /* bytes: one page touched */
	ipcs_shmdt((void *)p);
	IPCS_ASSERT_TRUE(ipcs_proc_shm_find(id, &e));
	IPCS_EXPECT_EQ(e.nattch, 0);
	IPCS_EXPECT_GE(e.dtime, start);

	ipcs_shm_rm(id);
	IPCS_EXPECT_TRUE(!ipcs_proc_shm_find(id, &e));
}

IPCS_MAIN(line_matches_and_tracks_attach)
