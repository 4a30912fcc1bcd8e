/*
 * sem_open() with O_CREAT of a name that is not well formed (a slash after
 * the first character) fails with ENOENT.
 *
 * Ref: sem_open(3) ERRORS ("ENOENT The O_CREAT flag was not specified in oflag
 * and no semaphore with this name exists; or, O_CREAT was specified, but name
 * wasn't well formed"); sem_overview(7) Named semaphores ("an initial slash,
 * followed by one or more characters, none of which are slashes").
 */
#include <stdio.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_open O_CREAT of a name with an inner slash fails with ENOENT",
          .ref = "sem_open(3) ERRORS ENOENT; sem_overview(7) Named semaphores",
          .tags = "named,names");

IPCS_TEST(inner_slash_enoent)
{
	char dir[IPCS_PNAME_SIZE], name[IPCS_PNAME_SIZE + 8];
	ipcs_unique_name(dir, sizeof dir, "dir");
	snprintf(name, sizeof name, "%s/sem", dir);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, 0), ENOENT);
}

IPCS_MAIN(inner_slash_enoent)
