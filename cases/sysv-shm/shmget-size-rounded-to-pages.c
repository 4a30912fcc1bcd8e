/*
 * A segment is created with its size rounded up to a multiple of the page
 * size: an attach maps whole pages (all usable), while shm_segsz keeps the
 * size asked for.
 *
 * Ref: shmget(2) DESCRIPTION ("A new shared memory segment, with size equal
 * to the value of size rounded up to a multiple of PAGE_SIZE"; "shm_segsz
 * is set to the value of size"), NOTES SHMMIN ("PAGE_SIZE is the effective
 * minimum size").
 */
#include <string.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "the segment is size rounded up to pages; shm_segsz keeps the size given",
          .ref = "shmget(2) DESCRIPTION, NOTES", .tags = "size");

static void check_size(size_t size)
{
	int id = ipcs_shm_new(size);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_segsz, size);
	unsigned char *p = ipcs_shmat(id, NULL, 0);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping(p, &m));
	IPCS_EXPECT_EQ(m.start, (uintptr_t)p);
	IPCS_EXPECT_EQ(m.end - m.start, ipcs_round_to_page(size));
	/* The rounded-up tail is part of the segment: usable, and shared. */
	size_t last = ipcs_round_to_page(size) - 1;
	p[last] = 0x5a;
	unsigned char *q = ipcs_shmat(id, NULL, SHM_RDONLY);
	IPCS_EXPECT_EQ(q[last], 0x5a);
	ipcs_shmdt(q);
	ipcs_shmdt(p);
}

IPCS_TEST(one_byte_is_one_page)
{
	check_size(1);
}

IPCS_TEST(page_plus_one_is_two_pages)
{
	check_size(ipcs_page_size() + 1);
}

IPCS_TEST(exact_pages_unchanged)
{
	check_size(2 * ipcs_page_size());
}

IPCS_MAIN(one_byte_is_one_page, page_plus_one_is_two_pages, exact_pages_unchanged)
