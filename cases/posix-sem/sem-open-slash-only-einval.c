/*
 * sem_open() of the name "/" (a slash and nothing else) fails with EINVAL.
 *
 * Ref: sem_open(3) ERRORS ("EINVAL name consists of just "/", followed by no
 * other characters"); sem_overview(7) ("an initial slash, followed by one or
 * more characters, none of which are slashes").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "sem_open of the name \"/\" fails with EINVAL",
          .ref = "sem_open(3) ERRORS EINVAL; sem_overview(7)", .tags = "named,names");

IPCS_TEST(slash_only_einval)
{
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, "/", 0, 0, 0), EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, "/", O_CREAT | O_EXCL, 0600, 0), EINVAL);
}

IPCS_MAIN(slash_only_einval)
