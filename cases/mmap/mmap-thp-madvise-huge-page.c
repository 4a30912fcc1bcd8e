/*
 * Where transparent huge pages are enabled ("always" or "madvise"), the
 * first write to a PMD-aligned, PMD-sized range of a private anonymous
 * mapping marked with madvise(MADV_HUGEPAGE) is served by one huge page:
 * /proc/self/smaps shows AnonHugePages of the full PMD size and the "hg"
 * VmFlag (kernel).
 *
 * Ref: madvise(2) MADV_HUGEPAGE ("Enable Transparent Huge Pages (THP) for
 * pages in the range specified by addr and length"); proc(5) smaps
 * (AnonHugePages; VmFlags "hg - huge page advise flag"); kernel
 * Documentation/admin-guide/mm/transhuge.rst (enabled=madvise: THP "only
 * inside MADV_HUGEPAGE regions"; allocation at page fault);
 * mm/huge_memory.c do_huge_pmd_anonymous_page(). No man page promises the
 * huge page at fault time, hence kernel level.
 *
 * A huge page may legitimately be unavailable (fragmentation): when the
 * fault fell back to small pages, /proc/vmstat thp_fault_fallback rises and
 * the case skips saying so; a fault that neither allocated a huge page nor
 * counted a fallback fails.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a write fault in a PMD-aligned MADV_HUGEPAGE range is served by a "
                      "transparent huge page (smaps AnonHugePages) (kernel)",
          .ref = "madvise(2) MADV_HUGEPAGE; proc(5) smaps; transhuge.rst; mm/huge_memory.c",
          .tags = "mmap,thp,madvise");

static const char thp_dir[] = "/sys/kernel/mm/transparent_hugepage";

static long vmstat(const char *name)
{
	FILE *f = fopen("/proc/vmstat", "re");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(/proc/vmstat)");
	char key[64];
	long value, found = -1;
	while (fscanf(f, "%63s %ld", key, &value) == 2)
		if (!strcmp(key, name))
			found = value;
	fclose(f);
	return found;
}

/* The bracketed word of /sys/kernel/mm/transparent_hugepage/enabled. */
static void thp_mode(char *mode, size_t size)
{
	char path[128], buf[128];
	snprintf(path, sizeof path, "%s/enabled", thp_dir);
	FILE *f = fopen(path, "re");
	if (!f)
		IPCS_SKIP("no %s (kernel without CONFIG_TRANSPARENT_HUGEPAGE)", path);
	if (!fgets(buf, sizeof buf, f))
		buf[0] = 0;
	fclose(f);
	char *open = strchr(buf, '['), *close = open ? strchr(open, ']') : NULL;
	if (!close)
		IPCS_BROKEN("%s has no [selected] mode: %s", path, buf);
	snprintf(mode, size, "%.*s", (int)(close - open - 1), open + 1);
}

IPCS_TEST(madvised_range_gets_huge_page)
{
	char mode[32], path[128];
	thp_mode(mode, sizeof mode);
	if (strcmp(mode, "always") && strcmp(mode, "madvise"))
		IPCS_SKIP("transparent huge pages are '%s' here", mode);
	snprintf(path, sizeof path, "%s/hpage_pmd_size", thp_dir);
	size_t pmd = (size_t)ipcs_read_proc_long(path);
	long fallback = vmstat("thp_fault_fallback");
	if (fallback < 0)
		IPCS_SKIP("/proc/vmstat has no thp_fault_fallback: cannot tell a fallback");

	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * pmd, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	char *aligned = (char *)(((uintptr_t)m + pmd - 1) / pmd * pmd);
	IPCS_SAFE(madvise(aligned, pmd, MADV_HUGEPAGE));
	aligned[0] = 1;

	long kb = ipcs_smaps_kb(aligned, "AnonHugePages");
	if (kb != (long)(pmd / 1024) && vmstat("thp_fault_fallback") > fallback)
		IPCS_SKIP("no huge page was free (thp_fault_fallback rose; AnonHugePages %ld kB)",
		          kb);
	IPCS_EXPECT_EQ(kb, (long)(pmd / 1024));
	IPCS_EXPECT_EQ(ipcs_smaps_has_flag(aligned, "hg"), 1);
}

IPCS_MAIN(madvised_range_gets_huge_page)
