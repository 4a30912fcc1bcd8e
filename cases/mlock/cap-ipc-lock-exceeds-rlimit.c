/*
 * A process with CAP_IPC_LOCK can mlock() more than its RLIMIT_MEMLOCK soft
 * limit; the same lock under the same limit fails with ENOMEM in a child
 * that dropped its capabilities (the negative control).
 *
 * Ref: mlock(2) ERRORS ENOMEM ("This limit is not enforced if the process is
 * privileged (CAP_IPC_LOCK)"); capabilities(7) CAP_IPC_LOCK ("Lock memory
 * (mlock(2), mlockall(2), mmap(2), shmctl(2))").
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_IPC_LOCK lets mlock exceed RLIMIT_MEMLOCK; without it the same lock "
                      "fails with ENOMEM",
          .ref = "mlock(2) ERRORS ENOMEM; capabilities(7) CAP_IPC_LOCK",
          .caps = IPCS_CAP(IPCS_CAP_IPC_LOCK), .needs = IPCS_NEEDS_UNPRIV,
          .tags = "mlock,limits,privilege");

enum { NPAGES = 4 };

static char *range;

static void unprivileged(void *arg)
{
	(void)arg;
	ipcs_become_user(0); /* inherits the lowered limit, loses CAP_IPC_LOCK */
	IPCS_EXPECT_ERRNO(mlock(range, NPAGES * ipcs_page_size()), ENOMEM);
}

IPCS_TEST(privileged_exceeds_limit)
{
	size_t page = ipcs_page_size();
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	rl.rlim_cur = page; /* lowering needs no privilege */
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &rl));
	range = ipcs_map_anon(NPAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);

	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, NULL), 0);
	long before = ipcs_status_kb("VmLck");
	IPCS_EXPECT_OK(mlock(range, NPAGES * page));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before + (long)(NPAGES * page / 1024));
}

IPCS_MAIN(privileged_exceeds_limit)
