/*
 * A new segment's shmid_ds is initialized as documented: perm fields from
 * the creator, shm_segsz the requested size, shm_cpid the creator's pid,
 * shm_lpid, shm_nattch, shm_atime and shm_dtime 0, shm_ctime the current
 * time.
 *
 * Ref: shmget(2) DESCRIPTION ("shm_segsz is set to the value of size.
 * shm_lpid, shm_nattch, shm_atime, and shm_dtime are set to 0. shm_ctime is
 * set to the current time."); shmctl(2) shmid_ds ("shm_cpid ID of the
 * process that created the shared memory segment"); POSIX.1-2017 shmget.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new segment's shmid_ds fields start as shmget(2) lists",
          .ref = "shmget(2) DESCRIPTION; shmctl(2) shmid_ds; POSIX.1-2017 shmget",
          .tags = "shmid_ds");

IPCS_TEST(every_field_initialized)
{
	size_t size = ipcs_page_size() + 123;
	key_t key = ipcs_unique_key();
	time_t start = ipcs_realtime_s();
	int id = ipcs_shmget(key, size, IPC_CREAT | IPC_EXCL | 0640);
	time_t end = ipcs_realtime_s();
	struct shmid_ds ds = ipcs_shm_stat(id);
	IPCS_EXPECT_EQ(ds.shm_perm.__key, key);
	IPCS_EXPECT_EQ(ds.shm_perm.uid, geteuid());
	IPCS_EXPECT_EQ(ds.shm_perm.cuid, geteuid());
	IPCS_EXPECT_EQ(ds.shm_perm.gid, getegid());
	IPCS_EXPECT_EQ(ds.shm_perm.cgid, getegid());
	IPCS_EXPECT_EQ(ds.shm_perm.mode, 0640); /* no SHM_DEST, no SHM_LOCKED */
	IPCS_EXPECT_EQ(ds.shm_segsz, size);
	IPCS_EXPECT_EQ(ds.shm_cpid, getpid());
	IPCS_EXPECT_EQ(ds.shm_lpid, 0);
	IPCS_EXPECT_EQ(ds.shm_nattch, 0);
	IPCS_EXPECT_EQ(ds.shm_atime, 0);
	IPCS_EXPECT_EQ(ds.shm_dtime, 0);
	IPCS_EXPECT_GE(ds.shm_ctime, start);
	IPCS_EXPECT_LE(ds.shm_ctime, end);
}

IPCS_MAIN(every_field_initialized)
