/*
 * shmdt() at the address shmat() returned detaches whatever is left of that
 * attachment after munmap() cut pieces out of it: every remaining piece
 * goes, shm_nattch drops to 0, and the address is no longer attached. Linux
 * finds the pieces by their offset in the segment, so this works even when
 * the first page itself was unmapped.
 *
 * Ref: shmop(2) shmdt() ("detaches the shared memory segment located at the
 * address specified by shmaddr from the address space of the calling
 * process. The to-be-detached segment must be currently attached with
 * shmaddr equal to the value returned by the attaching shmat() call");
 * ipc/shm.c ksys_shmdt() ("This function tries to be smart and unmap shm
 * segments that were modified by partial mlock or munmap calls": it unmaps
 * every piece of the same segment whose offset matches its distance from
 * shmaddr, within the segment's size). The page does not say what happens
 * to pieces; the kernel is tested.
 */
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shmdt at the attach address removes all pieces left after munmap",
          .ref = "shmop(2) shmdt(); ipc/shm.c ksys_shmdt()", .tags = "attach,detach");

static int shmid;
static char *p;
static size_t page;

static void attach_four_pages(void)
{
	page = ipcs_page_size();
	shmid = ipcs_shm_new(4 * page);
	p = ipcs_shmat(shmid, NULL, 0);
}

static void expect_all_detached(void)
{
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 0);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p, 4 * page));
	IPCS_EXPECT_ERRNO(shmdt(p), EINVAL); /* nothing left to detach */
}

IPCS_TEST(holes_in_the_middle)
{
	attach_four_pages();
	IPCS_SAFE(munmap(p + page, page));
	IPCS_SAFE(munmap(p + 3 * page, page));
	IPCS_ASSERT_OK(shmdt(p));
	expect_all_detached();
}

IPCS_TEST(first_page_unmapped)
{
	attach_four_pages();
	IPCS_SAFE(munmap(p, page));
	IPCS_EXPECT_OK(shmdt(p));
	expect_all_detached();
}

IPCS_MAIN(holes_in_the_middle, first_page_unmapped)
