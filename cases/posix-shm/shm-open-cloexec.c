/*
 * The descriptor shm_open() returns has FD_CLOEXEC set, whether it created
 * the object or opened an existing one.
 *
 * Ref: shm_open(3) DESCRIPTION ("The FD_CLOEXEC flag (see fcntl(2)) is set for
 * the file descriptor"); POSIX.1-2017 shm_open ("The FD_CLOEXEC file
 * descriptor flag associated with the new file descriptor is set").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "shm_open returns a descriptor with FD_CLOEXEC",
          .ref = "shm_open(3) DESCRIPTION; POSIX.1-2017 shm_open", .tags = "descriptor");

IPCS_TEST(created_and_opened_cloexec)
{
	char name[IPCS_PNAME_SIZE];
	int fd = ipcs_pshm_create(name, 0, 0600);
	IPCS_EXPECT_EQ(IPCS_SAFE(fcntl(fd, F_GETFD)) & FD_CLOEXEC, FD_CLOEXEC);
	int fd2 = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	IPCS_EXPECT_EQ(IPCS_SAFE(fcntl(fd2, F_GETFD)) & FD_CLOEXEC, FD_CLOEXEC);
}

IPCS_MAIN(created_and_opened_cloexec)
