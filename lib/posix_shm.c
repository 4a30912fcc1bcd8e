/* posix_shm.c - creating and mapping POSIX shared memory objects for the
 * posix-shm cases; setup only (broken on failure). */
#include <stdio.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

int ipcs_pshm_create(char name[IPCS_PNAME_SIZE], size_t size, mode_t mode)
{
	ipcs_unique_name(name, IPCS_PNAME_SIZE, "shm");
	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, mode);
	if (fd == -1)
		IPCS_BROKEN_ERRNO("shm_open(%s, O_RDWR | O_CREAT | O_EXCL, 0%o)", name,
		                  (unsigned)mode);
	ipcs_track(IPCS_OBJ_PSHM, 0, name);
	if (size > 0 && ftruncate(fd, (off_t)size) == -1)
		IPCS_BROKEN_ERRNO("ftruncate(%s, %zu)", name, size);
	return fd;
}

void ipcs_pshm_unlink(const char *name)
{
	if (shm_unlink(name) == -1)
		IPCS_BROKEN_ERRNO("shm_unlink(%s)", name);
	ipcs_untrack(IPCS_OBJ_PSHM, 0, name);
}

void *ipcs_pshm_map(int fd, size_t len, int prot)
{
	void *p = mmap(NULL, len, prot, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(fd %d, %zu, prot 0x%x, MAP_SHARED)", fd, len,
		                  (unsigned)prot);
	return p;
}

void ipcs_pshm_fstat(int fd, struct stat *st)
{
	if (fstat(fd, st) == -1)
		IPCS_BROKEN_ERRNO("fstat(%d)", fd);
}

const char *ipcs_pshm_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "/dev/shm/%s", name[0] == '/' ? name + 1 : name);
	return buf;
}
