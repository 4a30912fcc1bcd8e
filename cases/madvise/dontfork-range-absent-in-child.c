/*
 * A range marked MADV_DONTFORK is not mapped in a child made by fork(): an
 * access there raises SIGSEGV SEGV_MAPERR at the accessed address, while the
 * parent keeps it. MADV_DOFORK undoes this: the next child sees the data.
 *
 * Ref: madvise(2) MADV_DONTFORK ("Do not make the pages in this range
 * available to the child after a fork(2)"), MADV_DOFORK ("Undo the effect of
 * MADV_DONTFORK, restoring the default behavior, whereby a mapping is
 * inherited across fork(2)"); sigaction(2) SEGV_MAPERR.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a MADV_DONTFORK range is not mapped in a forked child; MADV_DOFORK "
                      "restores inheritance",
          .ref = "madvise(2) MADV_DONTFORK, MADV_DOFORK; sigaction(2) SEGV_MAPERR",
          .tags = "madvise,fork");

static char *range;

static void child_faults(void *arg)
{
	(void)arg;
	struct ipcs_fault f;
	ipcs_probe_read(range + 5, NULL, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_MAPERR, range + 5);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(range, ipcs_page_size()));
}

static void child_reads_data(void *arg)
{
	(void)arg;
	struct ipcs_fault f;
	unsigned char got = 0;
	ipcs_probe_read(range + 5, &got, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading the range after MADV_DOFORK");
	IPCS_EXPECT_EQ(got, 0x3c);
}

IPCS_TEST(child_lacks_range)
{
	size_t page = ipcs_page_size();
	range = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	range[5] = 0x3c;
	IPCS_ASSERT_OK(madvise(range, page, MADV_DONTFORK));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_faults, NULL), 0);
	IPCS_EXPECT_EQ(range[5], 0x3c); /* the parent keeps it */
}

IPCS_TEST(dofork_restores)
{
	size_t page = ipcs_page_size();
	range = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_SHARED);
	range[5] = 0x3c;
	IPCS_SAFE(madvise(range, page, MADV_DONTFORK));
	IPCS_ASSERT_OK(madvise(range, page, MADV_DOFORK));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_reads_data, NULL), 0);
}

IPCS_MAIN(child_lacks_range, dofork_restores)
