/*
 * ipcsuite_mapping.h - helpers for the mmap family of cases (cases/mmap/).
 *
 * Setup only: every function here ends the test broken when the system
 * refuses what it asks for, so a case never reports setup as its verdict.
 */
#ifndef IPCSUITE_MAPPING_H
#define IPCSUITE_MAPPING_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* sysconf(_SC_PAGESIZE); broken if the system does not tell. */
size_t ipcs_page_size(void);

/* A file mapping made by ipcs_map_temp_file(). */
struct ipcs_file_map {
	char path[256]; /* the registered temp file (removed when the test ends) */
	int fd;         /* O_RDWR descriptor the mapping was made from */
	char *addr;     /* start of the mapping, page aligned */
	size_t len;     /* npages * ipcs_page_size() */
};

/* Create a registered temp file of npages zero-filled pages and map all of it
 * PROT_READ | PROT_WRITE with map_flags (MAP_SHARED or MAP_PRIVATE). */
void ipcs_map_temp_file(struct ipcs_file_map *map, size_t npages, int map_flags);

/* Fill buf with a byte pattern that depends on seed and differs from a
 * zero-filled page (so a write that never arrived is seen). */
void ipcs_fill_pattern(void *buf, size_t len, unsigned seed);

/* A page-aligned range of len bytes that nothing maps right now (mapped and
 * unmapped again): a fixed-address mapping there overlaps nothing, as long as
 * the process maps nothing else meanwhile. Broken if mmap fails. */
void *ipcs_unmapped_range(size_t len);
/* Whether any page of [addr, addr + len) is mapped, asked with mincore(2)
 * (ENOMEM for unmapped memory), so without allocating anything. Broken on
 * other errors. */
bool ipcs_range_has_mapping(const void *addr, size_t len);

#endif
