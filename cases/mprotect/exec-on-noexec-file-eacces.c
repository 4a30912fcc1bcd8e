/*
 * mprotect() adding PROT_EXEC to a mapping of a file on a noexec mount fails
 * with EACCES (kernel): the mapping was made without VM_MAYEXEC. The same
 * mapping can still be made PROT_READ | PROT_WRITE.
 *
 * Ref: mprotect(2) ERRORS ("EACCES The memory cannot be given the specified
 * access"); mm/mmap.c do_mmap() (path_noexec: "vm_flags &= ~VM_MAYEXEC") and
 * mm/mprotect.c do_mprotect_pkey() ("if (newflags & ~(newflags >> 4) &
 * VM_ACCESS_FLAGS) ... -EACCES"). The page names EACCES for a protection the
 * file does not allow but not the noexec case, hence level kernel. The noexec
 * tmpfs is mounted in a private mount namespace of a child.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "mprotect adding PROT_EXEC to a mapping of a file on a noexec mount "
                      "fails with EACCES (kernel)",
          .ref = "mprotect(2) ERRORS EACCES; mm/mmap.c do_mmap, mm/mprotect.c do_mprotect_pkey",
          .tags = "mprotect,exec,errors");

static void on_noexec_mount(void *arg)
{
	(void)arg;
	const char *dir = ipcs_enter_noexec_tmpfs();
	size_t page = ipcs_page_size();
	char path[512];
	snprintf(path, sizeof path, "%s/mapped", dir);
	int fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
	IPCS_SAFE(ftruncate(fd, (off_t)page));
	char *p = (char *)(intptr_t)IPCS_SAFE(mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, 0));

	IPCS_EXPECT_OK(mprotect(p, page, PROT_READ | PROT_WRITE)); /* the control */
	IPCS_EXPECT_ERRNO(mprotect(p, page, PROT_READ | PROT_EXEC), EACCES);
}

IPCS_TEST(add_exec_eacces)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(on_noexec_mount, NULL), 0);
}

IPCS_MAIN(add_exec_eacces)
