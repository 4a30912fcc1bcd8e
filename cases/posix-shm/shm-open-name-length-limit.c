/*
 * A shared memory object name may hold up to NAME_MAX (255) characters after
 * its slash; one more fails with ENAMETOOLONG.
 *
 * Ref: shm_open(3) DESCRIPTION ("a null-terminated string of up to NAME_MAX
 * (i.e., 255) characters consisting of an initial slash, followed by one or
 * more characters"), ERRORS ENAMETOOLONG; POSIX.1-2017 shm_open ERRORS
 * ("[ENAMETOOLONG] ... has a pathname component that is longer than
 * {NAME_MAX}", a "may fail").
 */
#include <limits.h>
#include <string.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a 255-character shm name works, a 256-character one fails with "
                      "ENAMETOOLONG",
          .ref = "shm_open(3) DESCRIPTION, ERRORS ENAMETOOLONG", .tags = "names,limits");

IPCS_TEST(limit_accepted)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX);
	ipcs_track(IPCS_OBJ_PSHM, 0, name);
	IPCS_EXPECT_GE(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), 0);
}

IPCS_TEST(one_over_enametoolong)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX + 1);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), ENAMETOOLONG);
}

IPCS_MAIN(limit_accepted, one_over_enametoolong)
