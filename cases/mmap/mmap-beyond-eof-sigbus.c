/*
 * A read or a write of a page of a file mapping that lies wholly beyond the
 * end of the file raises SIGBUS, whose si_addr is the address accessed; the
 * page holding the file's end stays accessible.
 *
 * Ref: POSIX.1-2017 mmap ("References within the address range starting at
 * pa and continuing for len bytes to whole pages following the end of an
 * object shall result in delivery of a SIGBUS signal"); mmap(2) ("SIGBUS
 * Attempted access to a page of the buffer that lies beyond the end of the
 * mapped file"); POSIX.1-2017 <signal.h> (si_addr for SIGBUS: "Address of
 * faulting memory reference"). Linux sends si_code BUS_ADRERR (noted, not
 * judged: no page ties a code to this fault).
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "access to a whole page of a file mapping beyond the end of the file "
                      "raises SIGBUS with si_addr the address accessed",
          .ref = "POSIX.1-2017 mmap, <signal.h>; mmap(2) SIGBUS", .tags = "mmap,signals");

static void check_fault(char *addr, bool write)
{
	struct ipcs_fault f;
	unsigned char value = 0x42;
	if (ipcs_access(addr, write, &value, &f)) {
		IPCS_FAIL("a %s at %p completed; expected SIGBUS", write ? "write" : "read",
		          (void *)addr);
		return;
	}
	IPCS_EXPECT_EQ(f.sig, SIGBUS);
	IPCS_EXPECT_EQ((uintptr_t)f.addr, (uintptr_t)addr);
	IPCS_NOTE("%s: si_code %d (BUS_ADRERR is %d)", write ? "write" : "read", f.code,
	          BUS_ADRERR);
}

/* A file of one page and 100 bytes, mapped over four pages. */
static char *map_past_eof(int flags)
{
	size_t page = ipcs_page_size();
	char path[256];
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(fd, (off_t)(page + 100)));
	return (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, flags, fd, 0));
}

IPCS_TEST(shared_read_and_write_sigbus)
{
	size_t page = ipcs_page_size();
	char *m = map_past_eof(MAP_SHARED);
	unsigned char v = 0;
	IPCS_EXPECT_READABLE(m + page + 99, &v); /* inside the last (partial) page */
	check_fault(m + 2 * page, false);
	check_fault(m + 3 * page + 17, true);
}

IPCS_TEST(private_read_and_write_sigbus)
{
	size_t page = ipcs_page_size();
	char *m = map_past_eof(MAP_PRIVATE);
	unsigned char v = 0;
	IPCS_EXPECT_READABLE(m + page + 99, &v);
	check_fault(m + 2 * page + 1, false);
	check_fault(m + 3 * page, true);
}

IPCS_MAIN(shared_read_and_write_sigbus, private_read_and_write_sigbus)
