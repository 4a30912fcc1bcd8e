/*
 * shm_unlink() removes the name at once, while existing descriptors and
 * mappings keep the memory and its contents; a new shm_open(O_CREAT) of the
 * name makes a different, empty object.
 *
 * Ref: shm_open(3) DESCRIPTION ("shm_unlink() ... removes an object previously
 * created by shm_open()"; "After a successful shm_unlink(), attempts to
 * shm_open() an object with the same name fail (unless O_CREAT was specified,
 * in which case a new, distinct object is created)"; it "removes a shared
 * memory object name, and, once all processes have unmapped the object,
 * deallocates and destroys the contents"); POSIX.1-2017
 * shm_unlink ("If one or more references to the shared memory object exist
 * when the object is unlinked, the name shall be removed before shm_unlink()
 * returns, but the removal of the memory object contents shall be postponed
 * until all open and map references to the shared memory object have been
 * removed").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_unlink removes the name at once; open fds and mappings keep the "
                      "memory; re-creating makes a new object",
          .ref = "shm_open(3) DESCRIPTION; POSIX.1-2017 shm_unlink", .tags = "unlink");

IPCS_TEST(mapping_and_fd_keep_memory)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	int fd = ipcs_pshm_create(name, 4096, 0600);
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	strcpy(p, "kept");

	IPCS_ASSERT_OK(shm_unlink(name));
	ipcs_untrack(IPCS_OBJ_PSHM, 0, name);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR, 0), ENOENT); /* the name is gone */

	IPCS_EXPECT_STREQ(p, "kept"); /* the memory is not */
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 4096);
	IPCS_SAFE(munmap(p, 4096));
	char *again = ipcs_pshm_map(fd, 4096, PROT_READ); /* through the descriptor */
	IPCS_EXPECT_STREQ(again, "kept");
}

IPCS_TEST(recreated_name_is_new_object)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	int old = ipcs_pshm_create(name, 4096, 0600);
	ipcs_pshm_unlink(name);
	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	IPCS_ASSERT_GE(fd, 0);
	ipcs_track(IPCS_OBJ_PSHM, 0, name);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 0);
	IPCS_SAFE(ftruncate(fd, 100));
	ipcs_pshm_fstat(old, &st);
	IPCS_EXPECT_EQ(st.st_size, 4096); /* the old object is separate */
}

IPCS_MAIN(mapping_and_fd_keep_memory, recreated_name_is_new_object)
