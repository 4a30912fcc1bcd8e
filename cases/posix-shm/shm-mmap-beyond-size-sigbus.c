/*
 * A mapping of a shared memory object that extends beyond the object's size
 * raises SIGBUS when a whole page past the end is touched; pages within the
 * size are usable.
 *
 * Ref: mmap(2) ERRORS ("SIGBUS Attempted access to a page of the buffer that
 * lies beyond the end of the mapped file"); shm_open(3) DESCRIPTION (the size
 * is set with ftruncate(2)); POSIX.1-2017 mmap ("References within the
 * address range starting at pa and continuing for len bytes to whole pages
 * following the end of an object shall result in delivery of a SIGBUS
 * signal").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "touching a mapped page wholly past a shm object's size raises SIGBUS",
          .ref = "mmap(2) SIGBUS; POSIX.1-2017 mmap DESCRIPTION", .tags = "mmap,size");

static char *map;
static long page;

static void touch_second_page(void *arg)
{
	(void)arg;
	map[0] = 1;                       /* inside the object */
	((volatile char *)map)[page] = 1; /* a whole page past its end */
	IPCS_FAIL("writing a page past the end of the object raised no signal");
}

static void read_second_page(void *arg)
{
	(void)arg;
	(void)((volatile char *)map)[page];
	IPCS_FAIL("reading a page past the end of the object raised no signal");
}

IPCS_TEST(write_past_end_sigbus)
{
	char name[IPCS_PNAME_SIZE];
	page = sysconf(_SC_PAGESIZE);
	int fd = ipcs_pshm_create(name, (size_t)page, 0600);
	map = ipcs_pshm_map(fd, 2 * (size_t)page, PROT_READ | PROT_WRITE);
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(touch_second_page, NULL), SIGBUS);
}

IPCS_TEST(read_after_shrink_sigbus)
{
	char name[IPCS_PNAME_SIZE];
	page = sysconf(_SC_PAGESIZE);
	int fd = ipcs_pshm_create(name, 2 * (size_t)page, 0600);
	map = ipcs_pshm_map(fd, 2 * (size_t)page, PROT_READ | PROT_WRITE);
	map[page] = 1;
	IPCS_SAFE(ftruncate(fd, page)); /* the second page is now past the end */
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(read_second_page, NULL), SIGBUS);
}

IPCS_MAIN(write_past_end_sigbus, read_after_shrink_sigbus)
