/*
 * Data written to a segment stays in it after every process has detached:
 * a later attach (at another address) reads the same bytes.
 *
 * Ref: shmop(2) DESCRIPTION (shmdt detaches; the segment is destroyed only
 * when marked and the last attach is gone: "If it becomes 0 and the segment
 * is marked for deletion, the segment is deleted"); shmctl(2) IPC_RMID
 * ("The segment will actually be destroyed only after the last process
 * detaches it"); sysvipc(7).
 */
#include <string.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a segment's data persists while nothing is attached",
          .ref = "shmop(2) shmdt(); shmctl(2) IPC_RMID", .tags = "contents,attach");

IPCS_TEST(reattach_reads_same_bytes)
{
	static const char text[] = "persisting across detach";
	size_t size = 2 * ipcs_page_size();
	int id = ipcs_shm_new(size);
	char *p = ipcs_shmat(id, NULL, 0);
	memcpy(p, text, sizeof text);
	memcpy(p + size - sizeof text, text, sizeof text);
	ipcs_shmdt(p);
	IPCS_ASSERT_EQ(ipcs_shm_stat(id).shm_nattch, 0);
	char *q = ipcs_shmat(id, NULL, SHM_RDONLY);
	IPCS_EXPECT_MEMEQ(q, text, sizeof text);
	IPCS_EXPECT_MEMEQ(q + size - sizeof text, text, sizeof text);
	ipcs_shmdt(q);
}

IPCS_MAIN(reattach_reads_same_bytes)
