/*
 * mprotect(PROT_WRITE) on a MAP_SHARED mapping of a file opened O_RDONLY fails
 * with EACCES and leaves the mapping read-only, whoever the caller is; on a
 * MAP_PRIVATE mapping of the same descriptor it succeeds (copy-on-write: the
 * file is not written).
 *
 * Ref: mprotect(2) ERRORS ("EACCES The memory cannot be given the specified
 * access. This can happen, for example, if you mmap(2) a file to which you
 * have read-only access, then ask mprotect() to mark it PROT_WRITE");
 * POSIX.1-2017 mprotect ERRORS ("[EACCES] The prot argument specifies a
 * protection that violates the access permission the process has to the
 * underlying memory object"); mmap(2) MAP_PRIVATE ("copy-on-write mapping.
 * Updates to the mapping are not visible to other processes mapping the same
 * file, and are not carried through to the underlying file").
 */
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mprotect PROT_WRITE on a MAP_SHARED mapping of a read-only descriptor "
                      "fails with EACCES (a MAP_PRIVATE one becomes writable, copy-on-write)",
          .ref = "mprotect(2) ERRORS EACCES; POSIX.1-2017 mprotect; mmap(2) MAP_PRIVATE",
          .tags = "mprotect,errors");

static int open_read_only(size_t len)
{
	char path[256];
	ipcs_temp_file(path, sizeof path);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(fd, (off_t)len));
	IPCS_SAFE(close(fd));
	return (int)IPCS_SAFE(open(path, O_RDONLY | O_CLOEXEC));
}

IPCS_TEST(shared_write_refused)
{
	size_t page = ipcs_page_size();
	int fd = open_read_only(page);
	char *p = (char *)(intptr_t)IPCS_SAFE(mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 0));
	IPCS_EXPECT_ERRNO(mprotect(p, page, PROT_READ | PROT_WRITE), EACCES);
	IPCS_EXPECT_ERRNO(mprotect(p, page, PROT_WRITE), EACCES);

	struct ipcs_fault f;
	ipcs_probe_write(p, 1, &f); /* still read-only */
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, p);
}

IPCS_TEST(private_write_allowed)
{
	size_t page = ipcs_page_size();
	int fd = open_read_only(page);
	char *p = (char *)(intptr_t)IPCS_SAFE(mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, 0));
	IPCS_ASSERT_OK(mprotect(p, page, PROT_READ | PROT_WRITE));
	struct ipcs_fault f;
	ipcs_probe_write(p, 1, &f);
	IPCS_EXPECT_NO_FAULT(&f, "writing a MAP_PRIVATE page made writable");
	char c = 1;
	IPCS_SAFE(pread(fd, &c, 1, 0));
	IPCS_EXPECT_EQ(c, 0); /* the file is untouched */
}

IPCS_MAIN(shared_write_refused, private_write_allowed)
