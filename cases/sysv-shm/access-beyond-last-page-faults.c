/*
 * An attachment covers the segment's size rounded up to whole pages and
 * nothing more: the last byte of the last page is usable (and reads zero
 * in a new segment), while the first byte past it faults with SIGSEGV when
 * nothing else is mapped there.
 *
 * Ref: shmget(2) DESCRIPTION ("A new shared memory segment, with size equal
 * to the value of size rounded up to a multiple of PAGE_SIZE"; "its
 * contents are initialized to zero values"); shmop(2) shmat() ("attaches
 * the System V shared memory segment ... to the address space of the
 * calling process"); signal(7) SIGSEGV ("Invalid memory reference").
 */
#include <signal.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an attachment ends at the rounded page: last byte usable, next faults",
          .ref = "shmget(2) DESCRIPTION; shmop(2) shmat(); signal(7)", .tags = "attach,faults");

static volatile char *seg;
static size_t seg_len;

/* Attach a segment of page + 1 bytes (two pages) at a range followed by an
 * unmapped page. */
static void attach_before_hole(void)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(page + 1);
	seg_len = 2 * page;
	char *range = ipcs_unmapped_range(seg_len + page);
	seg = ipcs_shmat(id, range, 0);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping((void *)seg, &m));
	IPCS_ASSERT_EQ(m.end - m.start, seg_len);
}

static void touch_last_byte(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(seg[seg_len - 1], 0);
	seg[seg_len - 1] = 'z';
	IPCS_EXPECT_EQ(seg[seg_len - 1], 'z');
}

static void touch_past_end(void *arg)
{
	(void)arg;
	ipcs_no_core_dump();
	/* Checked right before the touch, without allocating: a fault here
	 * must come from the end of the attachment, not another mapping. */
	if (ipcs_range_has_mapping((void *)(seg + seg_len), 1))
		IPCS_BROKEN("something else got mapped right after the attachment");
	seg[seg_len] = 'z'; /* must not return */
}

IPCS_TEST(last_byte_of_rounded_page_usable)
{
	attach_before_hole();
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(touch_last_byte, NULL), 0);
	IPCS_EXPECT_EQ(seg[seg_len - 1], 'z'); /* the child's write is shared */
}

IPCS_TEST(first_byte_past_it_faults)
{
	attach_before_hole();
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(touch_past_end, NULL), SIGSEGV);
}

IPCS_MAIN(last_byte_of_rounded_page_usable, first_byte_past_it_faults)
