/*
 * The same segment may be attached twice in one process, read-write and
 * read-only, at different addresses; both views show the same memory, so a
 * write through one is seen at once through the other.
 *
 * Ref: shmop(2) DESCRIPTION ("The same segment may be attached as a read and
 * as a read-write one, and more than once, in the process's address
 * space.").
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "two attachments of one segment in a process alias the same memory",
          .ref = "shmop(2) DESCRIPTION", .tags = "attach,contents");

IPCS_TEST(write_through_one_seen_through_other)
{
	size_t size = 2 * ipcs_page_size();
	int id = ipcs_shm_new(size);
	volatile unsigned char *rw = ipcs_shmat(id, NULL, 0);
	volatile unsigned char *ro = ipcs_shmat(id, NULL, SHM_RDONLY);
	volatile unsigned char *rw2 = ipcs_shmat(id, NULL, 0);
	IPCS_EXPECT_TRUE(rw != ro && rw != rw2 && ro != rw2);
	rw[0] = 0x11;
	rw[size - 1] = 0x22;
	IPCS_EXPECT_EQ(ro[0], 0x11);
	IPCS_EXPECT_EQ(ro[size - 1], 0x22);
	rw2[5] = 0x33;
	IPCS_EXPECT_EQ(rw[5], 0x33);
	IPCS_EXPECT_EQ(ro[5], 0x33);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 3);
	ipcs_shmdt((void *)rw2);
	ipcs_shmdt((void *)ro);
	ipcs_shmdt((void *)rw);
}

IPCS_MAIN(write_through_one_seen_through_other)
