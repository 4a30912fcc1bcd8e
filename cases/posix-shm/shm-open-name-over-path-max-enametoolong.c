/*
 * shm_open() of a name longer than PATH_MAX fails with ENAMETOOLONG.
 *
 * Ref: shm_open(3) ERRORS ("ENAMETOOLONG The length of name exceeds
 * PATH_MAX"). POSIX.1-2017 shm_open lists [ENAMETOOLONG] for a name longer
 * than {PATH_MAX} as "may fail": this is the Linux page's promise.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shm_open of a name longer than PATH_MAX fails with ENAMETOOLONG",
          .ref = "shm_open(3) ERRORS ENAMETOOLONG", .tags = "names,limits");

IPCS_TEST(over_path_max_enametoolong)
{
	static char name[PATH_MAX + 64];
	ipcs_unique_name(name, IPCS_PNAME_SIZE, "long");
	size_t have = strlen(name);
	memset(name + have, 'x', PATH_MAX + 1 - have);
	name[PATH_MAX + 1] = '\0'; /* PATH_MAX + 1 characters */
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), ENAMETOOLONG);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDONLY, 0), ENAMETOOLONG);
}

IPCS_MAIN(over_path_max_enametoolong)
