/*
 * shm_open() without O_CREAT of a name that names no shared memory object
 * fails with ENOENT, whether it never existed or was unlinked.
 *
 * Ref: shm_open(3) ERRORS ("ENOENT An attempt was made to shm_open() a name
 * that did not exist, and O_CREAT was not specified"); POSIX.1-2017 shm_open
 * ERRORS ("shall fail if: [ENOENT] O_CREAT is not set and the named shared
 * memory object does not exist").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_open without O_CREAT of a name that does not exist fails with ENOENT",
          .ref = "shm_open(3) ERRORS ENOENT; POSIX.1-2017 shm_open", .tags = "open");

IPCS_TEST(never_created_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_unique_name(name, sizeof name, "absent");
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR, 0), ENOENT);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDONLY, 0), ENOENT);
}

IPCS_TEST(unlinked_enoent)
{
	char name[IPCS_PNAME_SIZE];
	close(ipcs_pshm_create(name, 0, 0600));
	ipcs_pshm_unlink(name);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR, 0), ENOENT);
}

IPCS_MAIN(never_created_enoent, unlinked_enoent)
