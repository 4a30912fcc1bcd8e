/*
 * A descriptor from shm_open(O_RDONLY) can be mapped for reading but not
 * MAP_SHARED with PROT_WRITE: that mmap() fails with EACCES.
 *
 * Ref: mmap(2) ERRORS ("EACCES ... MAP_SHARED was requested and PROT_WRITE is
 * set, but fd is not open in read/write (O_RDWR) mode"); shm_open(3)
 * DESCRIPTION ("O_RDONLY Open the object for read access. A shared memory
 * object opened in this way can be mmap(2)ed only for read (PROT_READ)
 * access"); POSIX.1-2017 mmap ERRORS ("[EACCES] The fildes argument is not
 * open for read, regardless of the protection specified, or fildes is not
 * open for write and PROT_WRITE was specified for a MAP_SHARED type
 * mapping").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "an O_RDONLY shm descriptor maps PROT_READ but not shared PROT_WRITE "
                      "(EACCES)",
          .ref = "shm_open(3) DESCRIPTION O_RDONLY; mmap(2) ERRORS EACCES; POSIX.1-2017 mmap",
          .tags = "mmap,permissions");

IPCS_TEST(read_only_descriptor)
{
	char name[IPCS_PNAME_SIZE];
	close(ipcs_pshm_create(name, 4096, 0600));
	int fd = IPCS_SAFE(shm_open(name, O_RDONLY, 0));
	IPCS_EXPECT_ERRNO(mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
	IPCS_EXPECT_ERRNO(mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
	IPCS_EXPECT_OK(mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0));
}

IPCS_MAIN(read_only_descriptor)
