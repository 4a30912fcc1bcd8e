/* posix_shm.c - creating and mapping POSIX shared memory objects for the
 * posix-shm cases; setup only (broken on failure). */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "ipcsuite_mapping.h" /* ipcs_page_size */
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

/* ------------------------------------------------------- a small /dev/shm */

void ipcs_pshm_small_dev_shm(size_t npages)
{
	ipcs_enter_new_namespaces(CLONE_NEWNS, false, "for a small /dev/shm");
	/* Nothing mounted here may propagate to the namespace we came from. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
		IPCS_BROKEN_ERRNO("mount(/, MS_REC | MS_PRIVATE)");
	char opts[64];
	snprintf(opts, sizeof opts, "mode=1777,size=%zu", npages * ipcs_page_size());
	if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, opts) == -1) {
		if (errno == EPERM || errno == EACCES || errno == ENOENT)
			IPCS_SKIP("cannot mount a small tmpfs on /dev/shm (%s): %s", opts,
			          ipcs_errno_name(errno));
		IPCS_BROKEN_ERRNO("mount(tmpfs, /dev/shm, %s)", opts);
	}
	struct statvfs sv;
	if (statvfs("/dev/shm", &sv) == -1)
		IPCS_BROKEN_ERRNO("statvfs(/dev/shm)");
	if ((size_t)sv.f_blocks * sv.f_frsize != npages * ipcs_page_size())
		IPCS_BROKEN("the new /dev/shm has %llu blocks of %lu bytes, not %zu pages",
		            (unsigned long long)sv.f_blocks, (unsigned long)sv.f_frsize, npages);
}

void ipcs_pshm_fill_dev_shm(void)
{
	char name[IPCS_PNAME_SIZE];
	size_t page = ipcs_page_size();
	int fd = ipcs_pshm_create(name, 0, 0600);
	char *buf = calloc(1, page);
	if (!buf)
		IPCS_BROKEN("calloc(%zu)", page);
	memset(buf, 0x5a, page);
	for (int i = 0; i < 4096; i++) {
		if (write(fd, buf, page) != -1)
			continue;
		if (errno != ENOSPC)
			IPCS_BROKEN_ERRNO("filling /dev/shm: write to %s after %d pages", name, i);
		free(buf);
		struct statvfs sv;
		if (statvfs("/dev/shm", &sv) == -1)
			IPCS_BROKEN_ERRNO("statvfs(/dev/shm)");
		if (sv.f_bavail != 0 || sv.f_bfree != 0)
			IPCS_BROKEN("write(2) said ENOSPC but /dev/shm still has %llu free blocks",
			            (unsigned long long)sv.f_bfree);
		return;
	}
	IPCS_BROKEN("/dev/shm accepted 4096 pages without ENOSPC: not the small tmpfs");
}
