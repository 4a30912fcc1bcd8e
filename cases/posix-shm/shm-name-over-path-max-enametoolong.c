/*
 * shm_open() and shm_unlink() of a name longer than PATH_MAX fail with
 * ENAMETOOLONG.
 *
 * Ref: shm_open(3) ERRORS ("ENAMETOOLONG The length of name exceeds
 * PATH_MAX"; the ERRORS section covers shm_open() and shm_unlink()).
 * shm-open-name-length-limit checks the NAME_MAX boundary.
 */
#include <limits.h>
#include <string.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shm_open and shm_unlink of a name over PATH_MAX characters fail with "
                      "ENAMETOOLONG",
          .ref = "shm_open(3) ERRORS ENAMETOOLONG", .tags = "names,limits");

static char name[PATH_MAX + 2];

IPCS_TEST(shm_open_enametoolong)
{
	ipcs_unique_long_name(name, sizeof name, "len", PATH_MAX);
	ipcs_track(IPCS_OBJ_PSHM, 0, name); /* removed should it be created */
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), ENAMETOOLONG);
}

IPCS_TEST(shm_unlink_enametoolong)
{
	ipcs_unique_long_name(name, sizeof name, "len", PATH_MAX);
	IPCS_EXPECT_ERRNO(shm_unlink(name), ENAMETOOLONG);
}

IPCS_MAIN(shm_open_enametoolong, shm_unlink_enametoolong)
