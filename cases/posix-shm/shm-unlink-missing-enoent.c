/*
 * shm_unlink() of a name that names no shared memory object fails with
 * ENOENT.
 *
 * Ref: shm_open(3) ERRORS ("ENOENT An attempt was to made to shm_unlink() a
 * name that does not exist"); POSIX.1-2017 shm_unlink ERRORS ("shall fail if:
 * [ENOENT] The named shared memory object does not exist").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_unlink of a name that does not exist fails with ENOENT",
          .ref = "shm_open(3) ERRORS ENOENT; POSIX.1-2017 shm_unlink", .tags = "unlink");

IPCS_TEST(never_created_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_unique_name(name, sizeof name, "absent");
	IPCS_EXPECT_ERRNO(shm_unlink(name), ENOENT);
}

IPCS_TEST(second_unlink_enoent)
{
	char name[IPCS_PNAME_SIZE];
	close(ipcs_pshm_create(name, 0, 0600));
	ipcs_pshm_unlink(name);
	IPCS_EXPECT_ERRNO(shm_unlink(name), ENOENT);
}

IPCS_MAIN(never_created_enoent, second_unlink_enoent)
