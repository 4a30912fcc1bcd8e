/*
 * Closing the shm_open() descriptor after mmap() leaves the mapping usable
 * and shared: another process that opens the name sees what is written
 * through it afterwards.
 *
 * Ref: shm_open(3) DESCRIPTION ("After a call to mmap(2) the file descriptor
 * may be closed without affecting the memory mapping"); POSIX.1-2017 mmap
 * ("The mmap() function shall add an extra reference to the file associated
 * with the file descriptor fildes which is not removed by a subsequent
 * close() on that file descriptor").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a shm mapping stays usable and shared after its descriptor is closed",
          .ref = "shm_open(3) DESCRIPTION; POSIX.1-2017 mmap", .tags = "mmap,descriptor");

static char name[IPCS_PNAME_SIZE];

static void reader(void *arg)
{
	(void)arg;
	int fd = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ);
	IPCS_EXPECT_STREQ(p, "after close");
}

IPCS_TEST(write_after_close_is_shared)
{
	int fd = ipcs_pshm_create(name, 4096, 0600);
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	IPCS_SAFE(close(fd));
	strcpy(p, "after close");
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(reader, NULL), 0);
}

IPCS_MAIN(write_after_close_is_shared)
