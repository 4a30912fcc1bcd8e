/*
 * Growing a MAP_SHARED file mapping with mremap() extends it over the
 * following pages of the same file (kernel): the added pages show the file's
 * data at those offsets, and an added page wholly beyond the end of the file
 * raises SIGBUS at the address accessed, as for mmap().
 *
 * Ref: mremap(2) DESCRIPTION ("mremap() expands (or shrinks) an existing
 * memory mapping"); mmap(2) DESCRIPTION ("The contents of a file mapping ...
 * are initialized using length bytes starting at offset offset in the
 * file"), SIGBUS ("Attempted access to a page of the buffer that lies beyond
 * the end of the mapped file"); mm/mremap.c vma_to_resize()/move_vma() (the
 * grown VMA keeps vm_file and vm_pgoff). No page says which file pages the
 * added range maps, hence level kernel.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "pages added to a shared file mapping by mremap map the file's following "
                      "pages; those beyond its end raise SIGBUS (kernel)",
          .ref = "mremap(2) DESCRIPTION; mmap(2) DESCRIPTION, SIGBUS; mm/mremap.c",
          .tags = "mremap,sigbus");

enum { FILE_PAGES = 3 };

IPCS_TEST(added_pages_show_file_data)
{
	size_t page = ipcs_page_size(), len = FILE_PAGES * page;
	struct ipcs_file_map m;
	ipcs_map_temp_file(&m, FILE_PAGES, MAP_SHARED);
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 80);
	IPCS_SAFE(pwrite(m.fd, want, len, 0));
	IPCS_SAFE(munmap(m.addr, len));

	char *p = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, m.fd, 0));
	char *q = mremap(p, page, len, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		IPCS_FAIL("growing the file mapping failed with %s", ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_MEMEQ(q, want, len);
}

IPCS_TEST(added_page_beyond_eof_sigbus)
{
	size_t page = ipcs_page_size();
	struct ipcs_file_map m;
	ipcs_map_temp_file(&m, 1, MAP_SHARED);
	m.addr[7] = 0x3c;
	char *q = mremap(m.addr, page, 3 * page, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		IPCS_FAIL("growing the file mapping failed with %s", ipcs_errno_name(errno));
		return;
	}
	struct ipcs_fault f;
	unsigned char v = 0;
	ipcs_probe_read(q + 7, &v, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading the page within the file");
	IPCS_EXPECT_EQ(v, 0x3c);
	ipcs_probe_read(q + 2 * page + 5, NULL, &f);
	IPCS_EXPECT_FAULT(&f, SIGBUS, BUS_ADRERR, q + 2 * page + 5);
}

IPCS_MAIN(added_pages_show_file_data, added_page_beyond_eof_sigbus)
