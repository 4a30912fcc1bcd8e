/*
 * A private anonymous range marked MADV_WIPEONFORK reads as zero in a child
 * made by fork(), while the parent keeps its data; MADV_KEEPONFORK undoes it.
 * On a shared mapping MADV_WIPEONFORK fails with EINVAL.
 *
 * Ref: madvise(2) MADV_WIPEONFORK (since Linux 4.14: "Present the child
 * process with zero-filled memory in this range after a fork(2)"; "can be
 * applied only to private anonymous pages"), MADV_KEEPONFORK ("Undo the
 * effect of an earlier MADV_WIPEONFORK"), ERRORS EINVAL. Probed once on a
 * page of its own: EINVAL on a fresh private anonymous page means a kernel
 * before 4.14; the behavior's own calls are then checked, not probed.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a MADV_WIPEONFORK range reads as zero in a forked child; the parent keeps "
                      "its data; MADV_KEEPONFORK undoes it; EINVAL on a shared mapping",
          .ref = "madvise(2) MADV_WIPEONFORK, MADV_KEEPONFORK, ERRORS EINVAL",
          .tags = "madvise,fork");

#ifndef MADV_WIPEONFORK
#define MADV_WIPEONFORK 18
#endif
#ifndef MADV_KEEPONFORK
#define MADV_KEEPONFORK 19
#endif

enum { NPAGES = 2 };

static char *range;

static void require_wipeonfork(void)
{
	ipcs_require_madvise(MADV_WIPEONFORK, "MADV_WIPEONFORK", "Linux 4.14");
}

static void child_sees_zero(void *arg)
{
	(void)arg;
	size_t len = NPAGES * ipcs_page_size();
	char *zero = ipcs_map_anon(len, PROT_READ, MAP_PRIVATE);
	IPCS_EXPECT_MEMEQ(range, zero, len);
}

static void child_sees_data(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(range[1], 0x6d);
}

IPCS_TEST(child_reads_zero)
{
	size_t len = NPAGES * ipcs_page_size();
	range = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	memset(range, 0x6d, len);
	require_wipeonfork();
	IPCS_ASSERT_OK(madvise(range, len, MADV_WIPEONFORK));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_sees_zero, NULL), 0);
	IPCS_EXPECT_EQ(range[len - 1], 0x6d); /* the parent keeps its data */
}

IPCS_TEST(keeponfork_undoes)
{
	size_t len = NPAGES * ipcs_page_size();
	range = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	memset(range, 0x6d, len);
	require_wipeonfork();
	IPCS_ASSERT_OK(madvise(range, len, MADV_WIPEONFORK));
	IPCS_ASSERT_OK(madvise(range, len, MADV_KEEPONFORK));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_sees_data, NULL), 0);
}

IPCS_TEST(shared_einval)
{
	size_t page = ipcs_page_size();
	require_wipeonfork();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_EXPECT_ERRNO(madvise(p, page, MADV_WIPEONFORK), EINVAL);
}

IPCS_MAIN(child_reads_zero, keeponfork_undoes, shared_einval)
