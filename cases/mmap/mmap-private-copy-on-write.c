/*
 * Stores through a MAP_PRIVATE file mapping change neither the file (as
 * read() sees it) nor another mapping of the same file, shared or private.
 *
 * Ref: POSIX.1-2017 mmap ("If MAP_PRIVATE is specified, modifications to the
 * mapped data by the calling process shall be visible only to the calling
 * process and shall not change the underlying object"); mmap(2) DESCRIPTION
 * MAP_PRIVATE ("Create a private copy-on-write mapping. Updates to the
 * mapping are not visible to other processes mapping the same file, and are
 * not carried through to the underlying file").
 *
 * Whether later changes to the file are seen by the private mapping is
 * unspecified (both pages), so nothing here depends on it.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "stores through a MAP_PRIVATE file mapping change neither the file nor "
                      "other mappings of it",
          .ref = "POSIX.1-2017 mmap MAP_PRIVATE; mmap(2) MAP_PRIVATE", .tags = "mmap,private");

enum { NPAGES = 2 };

IPCS_TEST(file_and_other_mappings_unchanged)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	size_t len = map.len;
	char *orig = malloc(len), *got = malloc(len), *mine = malloc(len);
	if (!orig || !got || !mine)
		IPCS_BROKEN("malloc(%zu) failed", len);
	ipcs_fill_pattern(orig, len, 61);
	memcpy(map.addr, orig, len); /* the file's contents, through the shared mapping */

	char *priv = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, map.fd, 0));
	char *other = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, map.fd, 0));
	IPCS_EXPECT_MEMEQ(priv, orig, len); /* it maps the file's bytes */
	ipcs_fill_pattern(mine, len, 62);
	memcpy(priv, mine, len);

	IPCS_EXPECT_MEMEQ(priv, mine, len);
	IPCS_EXPECT_MEMEQ(map.addr, orig, len);
	IPCS_EXPECT_MEMEQ(other, orig, len);
	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, len), (ssize_t)len);
	IPCS_EXPECT_MEMEQ(got, orig, len);
	IPCS_SAFE(close(fd));
}

IPCS_MAIN(file_and_other_mappings_unchanged)
