/*
 * A new segment's contents are all zero bytes, over the whole attached
 * range including the rounding up to a page.
 *
 * Ref: shmget(2) DESCRIPTION ("When a new shared memory segment is created,
 * its contents are initialized to zero values"); POSIX.1-2017 shmget does
 * not say, Linux does.
 */
#include <stdlib.h>
#include <string.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "a new segment's contents are zero",
          .ref = "shmget(2) DESCRIPTION", .tags = "contents");

IPCS_TEST(new_segment_reads_zero)
{
	size_t page = ipcs_page_size();
	size_t size = 3 * page + 17;
	int id = ipcs_shm_new(size);
	unsigned char *p = ipcs_shmat(id, NULL, 0);
	size_t nonzero = 0;
	for (size_t i = 0; i < ipcs_round_to_page(size); i++)
		nonzero += p[i] != 0;
	IPCS_EXPECT_EQ(nonzero, 0);
	ipcs_shmdt(p);
}

IPCS_TEST(reused_memory_reads_zero)
{
	/* Dirty a segment, remove it, and make a new one of the same size:
	 * the new one must not show the old bytes. */
	size_t size = 4 * ipcs_page_size();
	int old = ipcs_shm_new(size);
	unsigned char *p = ipcs_shmat(old, NULL, 0);
	memset(p, 0xa5, size);
	ipcs_shmdt(p);
	ipcs_shm_rm(old);
	int id = ipcs_shm_new(size);
	p = ipcs_shmat(id, NULL, 0);
	size_t nonzero = 0;
	for (size_t i = 0; i < size; i++)
		nonzero += p[i] != 0;
	IPCS_EXPECT_EQ(nonzero, 0);
	ipcs_shmdt(p);
}

IPCS_MAIN(new_segment_reads_zero, reused_memory_reads_zero)
