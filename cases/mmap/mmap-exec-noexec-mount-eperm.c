/*
 * mmap() asking for PROT_EXEC on a file whose file system is mounted noexec
 * fails with EPERM, while a PROT_READ mapping of the same file succeeds.
 *
 * Ref: mmap(2) ERRORS ("EPERM The prot argument asks for PROT_EXEC but the
 * mapped area belongs to a file on a filesystem that was mounted no-exec").
 * The noexec tmpfs is mounted in a private mount namespace of a child, over
 * the temp directory there, so the host sees nothing.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mmap with PROT_EXEC of a file on a noexec mount fails with EPERM",
          .ref = "mmap(2) ERRORS EPERM", .tags = "mmap,exec,errors");

static void on_noexec_mount(void *arg)
{
	(void)arg;
	const char *dir = ipcs_enter_noexec_tmpfs();
	size_t page = ipcs_page_size();
	char path[512];
	snprintf(path, sizeof path, "%s/mapped", dir);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
	IPCS_SAFE(ftruncate(fd, (off_t)page));

	/* The control: the file maps without PROT_EXEC. */
	IPCS_EXPECT_OK(mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, 0));
	IPCS_EXPECT_ERRNO(mmap(NULL, page, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0), EPERM);
	IPCS_EXPECT_ERRNO(mmap(NULL, page, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0), EPERM);
}

IPCS_TEST(exec_on_noexec_eperm)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(on_noexec_mount, NULL), 0);
}

IPCS_MAIN(exec_on_noexec_eperm)
