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
