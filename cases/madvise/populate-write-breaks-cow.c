/*
 * madvise(MADV_POPULATE_WRITE) prefaults every page of the range writable:
 * on a MAP_PRIVATE file mapping it breaks copy-on-write, so every page
 * becomes a private anonymous copy (smaps "Anonymous") while the data read
 * stays the file's. A read-only range is refused with EINVAL.
 *
 * Ref: madvise(2) MADV_POPULATE_WRITE (since Linux 5.14: "Populate
 * (prefault) page tables writable, faulting in all pages in the range just
 * as if manually writing to each each page"; "One example use case is
 * preallocating memory, breaking any CoW (Copy on Write)"; "cannot be applied
 * to mappings without write permissions"), ERRORS EINVAL; proc(5) smaps
 * Anonymous. Probed once on a page of its own.
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_POPULATE_WRITE turns every page of a private file mapping into an "
                      "anonymous copy with the file's data; EINVAL on a read-only range",
          .ref = "madvise(2) MADV_POPULATE_WRITE, ERRORS EINVAL; proc(5) smaps",
          .tags = "madvise,populate");

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

enum { NPAGES = 4 };

IPCS_TEST(private_file_pages_copied)
{
	ipcs_require_madvise(MADV_POPULATE_WRITE, "MADV_POPULATE_WRITE", "Linux 5.14");
	struct ipcs_file_map m;
	ipcs_map_temp_file(&m, NPAGES, MAP_PRIVATE);
	char *want = ipcs_map_anon(m.len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, m.len, 50);
	IPCS_SAFE(pwrite(m.fd, want, m.len, 0));
	IPCS_ASSERT_EQ(ipcs_smaps_field_kb(m.addr, "Anonymous"), 0);

	IPCS_EXPECT_OK(madvise(m.addr, m.len, MADV_POPULATE_WRITE));
	IPCS_EXPECT_EQ(ipcs_smaps_field_kb(m.addr, "Anonymous"), (long)(m.len / 1024));
	IPCS_EXPECT_MEMEQ(m.addr, want, m.len);
}

IPCS_TEST(read_only_range_einval)
{
	ipcs_require_madvise(MADV_POPULATE_WRITE, "MADV_POPULATE_WRITE", "Linux 5.14");
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(madvise(p, len, MADV_POPULATE_WRITE), EINVAL);
}

IPCS_MAIN(private_file_pages_copied, read_only_range_einval)
