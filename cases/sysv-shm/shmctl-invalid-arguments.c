/*
 * shmctl() rejects a command it does not know and an id that names no
 * segment with EINVAL, and an unreadable or unwritable buffer for IPC_STAT
 * or IPC_SET with EFAULT.
 *
 * Ref: shmctl(2) ERRORS ("EINVAL shmid is not a valid identifier, or cmd is
 * not a valid command"; "EFAULT The argument cmd has value IPC_SET or
 * IPC_STAT but the address pointed to by buf isn't accessible");
 * POSIX.1-2017 shmctl ERRORS [EINVAL].
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shmctl: unknown cmd or id gives EINVAL, a bad buffer EFAULT",
          .ref = "shmctl(2) ERRORS; POSIX.1-2017 shmctl", .tags = "shmctl,errors");

IPCS_TEST(unknown_command)
{
	int id = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds ds;
	IPCS_EXPECT_ERRNO(shmctl(id, 0x7f, &ds), EINVAL);
	IPCS_EXPECT_ERRNO(shmctl(id, -1, &ds), EINVAL);
}

IPCS_TEST(invalid_id)
{
	struct shmid_ds ds;
	IPCS_EXPECT_ERRNO(shmctl(-1, IPC_STAT, &ds), EINVAL);
	int id = ipcs_shm_new(ipcs_page_size());
	ipcs_shm_rm(id);
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_STAT, &ds), EINVAL);
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_RMID, NULL), EINVAL);
}

IPCS_TEST(bad_buffer)
{
	int id = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds *bad = (struct shmid_ds *)(uintptr_t)8; /* never mapped */
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_STAT, bad), EFAULT);
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_SET, bad), EFAULT);
}

IPCS_MAIN(unknown_command, invalid_id, bad_buffer)
