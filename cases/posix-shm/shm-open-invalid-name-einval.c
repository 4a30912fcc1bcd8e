/*
 * shm_open() of a name that is not of the form /somename — a slash alone, or
 * a slash inside the name — fails with EINVAL and creates nothing.
 *
 * Ref: shm_open(3) DESCRIPTION ("a shared memory object should be identified
 * by a name of the form /somename; that is, a null-terminated string of up to
 * NAME_MAX (i.e., 255) characters consisting of an initial slash, followed by
 * one or more characters, none of which are slashes"), ERRORS ("EINVAL The
 * name argument to shm_open() was invalid").
 */
#include <stdio.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shm_open of \"/\" or of a name with an inner slash fails with EINVAL",
          .ref = "shm_open(3) DESCRIPTION, ERRORS EINVAL", .tags = "names");

IPCS_TEST(slash_only_einval)
{
	IPCS_EXPECT_ERRNO(shm_open("/", O_RDWR | O_CREAT | O_EXCL, 0600), EINVAL);
	IPCS_EXPECT_ERRNO(shm_open("/", O_RDONLY, 0), EINVAL);
}

IPCS_TEST(inner_slash_einval)
{
	char name[IPCS_PNAME_SIZE], inner[IPCS_PNAME_SIZE + 8];
	ipcs_unique_name(name, sizeof name, "dir");
	snprintf(inner, sizeof inner, "%s/x", name);
	ipcs_track(IPCS_OBJ_PSHM, 0, inner); /* removed should it be created after all */
	IPCS_EXPECT_ERRNO(shm_open(inner, O_RDWR | O_CREAT | O_EXCL, 0600), EINVAL);
}

IPCS_MAIN(slash_only_einval, inner_slash_einval)
