/*
 * munmap() of part of an attachment leaves the rest attached: the pages
 * still mapped keep sharing the segment, shm_nattch stays above 0, and a
 * segment marked with IPC_RMID lives on until the last mapped piece is
 * unmapped too, when it is destroyed.
 *
 * Ref: shmctl(2) IPC_RMID ("The segment will actually be destroyed only
 * after the last process detaches it (i.e., when the shm_nattch member of
 * the associated structure shmid_ds is zero)"); munmap(2) ("It is not an
 * error if the indicated range does not contain any mapped pages"; the
 * range is removed, the rest stays); ipc/shm.c shm_open()/shm_close()
 * (every mapped piece counts in shm_nattch: Linux shows 2 after a hole is
 * punched in the middle, noted but not required here).
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "munmap of part of an attachment keeps the rest attached until all is gone",
          .ref = "shmctl(2) IPC_RMID, shm_nattch; munmap(2); ipc/shm.c shm_close()",
          .tags = "attach,removal");

IPCS_TEST(hole_in_the_middle)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(3 * page);
	char *p = ipcs_shmat(id, NULL, 0);
	char *other = ipcs_shmat(id, NULL, SHM_RDONLY);
	IPCS_SAFE(munmap(p + page, page));
	unsigned long nattch = ipcs_shm_stat(id).shm_nattch;
	IPCS_NOTE("shm_nattch after the hole: %lu", nattch);
	IPCS_EXPECT_GE(nattch, 2); /* the read-only attach and at least one piece */
	p[0] = 'a';
	p[2 * page] = 'c';
	IPCS_EXPECT_EQ(other[0], 'a');
	IPCS_EXPECT_EQ(other[2 * page], 'c');
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p + page, page));
	ipcs_shmdt(other);
	ipcs_shmdt(p);
}

IPCS_TEST(marked_segment_lives_until_last_piece)
{
	size_t page = ipcs_page_size();
	int id = ipcs_shm_new(3 * page);
	char *p = ipcs_shmat(id, NULL, 0);
	IPCS_SAFE(shmctl(id, IPC_RMID, NULL));
	IPCS_SAFE(munmap(p, 2 * page)); /* the head goes, the last page stays */
	IPCS_ASSERT_TRUE(ipcs_shm_id_exists(id));
	IPCS_EXPECT_GE(ipcs_shm_stat(id).shm_nattch, 1);
	IPCS_EXPECT_TRUE(ipcs_shm_stat(id).shm_perm.mode & SHM_DEST);
	p[2 * page] = 'z';
	IPCS_EXPECT_EQ(p[2 * page], 'z');
	IPCS_SAFE(munmap(p + 2 * page, page));
	if (!IPCS_EXPECT_TRUE(!ipcs_shm_id_exists(id)))
		return;
	ipcs_untrack(IPCS_OBJ_SHM, id, NULL);
}

IPCS_MAIN(hole_in_the_middle, marked_segment_lives_until_last_piece)
