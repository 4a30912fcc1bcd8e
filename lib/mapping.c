/*
 * mapping.c - helpers for the mmap family of cases; see ipcsuite_mapping.h.
 */
#include "ipcsuite_mapping.h"

#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"

size_t ipcs_page_size(void)
{
	long size = sysconf(_SC_PAGESIZE);
	if (size <= 0)
		IPCS_BROKEN_ERRNO("sysconf(_SC_PAGESIZE) returned %ld", size);
	return (size_t)size;
}

void ipcs_map_temp_file(struct ipcs_file_map *map, size_t npages, int map_flags)
{
	map->len = npages * ipcs_page_size();
	ipcs_temp_file(map->path, sizeof map->path);
	map->fd = (int)IPCS_SAFE(open(map->path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(map->fd, (off_t)map->len));
	map->addr = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, map->len, PROT_READ | PROT_WRITE, map_flags, map->fd, 0));
}

void ipcs_fill_pattern(void *buf, size_t len, unsigned seed)
{
	unsigned char *bytes = buf;

	/* Never 0, so every byte differs from the file's initial contents. */
	for (size_t i = 0; i < len; i++)
		bytes[i] = (unsigned char)(1 + (seed + i * 7 + i / 4096) % 255);
}

void *ipcs_unmapped_range(size_t len)
{
	void *p = (void *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
	IPCS_SAFE(munmap(p, len));
	return p;
}

bool ipcs_range_has_mapping(const void *addr, size_t len)
{
	size_t page = ipcs_page_size();
	uintptr_t start = (uintptr_t)addr / page * page;
	unsigned char vec[1];

	/* One page at a time: mincore fails with ENOMEM if any page of the
	 * range it is given is unmapped. */
	for (uintptr_t a = start; a < (uintptr_t)addr + len; a += page) {
		if (mincore((void *)a, page, vec) == 0)
			return true;
		if (errno != ENOMEM)
			IPCS_BROKEN_ERRNO("mincore(%p, %zu)", (void *)a, page);
	}
	return false;
}
