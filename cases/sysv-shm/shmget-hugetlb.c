/*
 * SHM_HUGETLB creates a segment backed by huge pages when enough are
 * reserved (its attach spans whole huge pages); with none reserved the
 * kernel refuses it with ENOMEM; a caller without CAP_IPC_LOCK, outside
 * vm.hugetlb_shm_group and with RLIMIT_MEMLOCK 0 gets EPERM.
 *
 * Ref: shmget(2) SHM_HUGETLB, ERRORS ("ENOMEM No memory could be allocated";
 * "EPERM The SHM_HUGETLB flag was specified, but the caller was not
 * privileged (did not have the CAP_IPC_LOCK capability) and is not a member
 * of the sysctl_hugetlb_shm_group group"); proc(5)
 * /proc/sys/vm/hugetlb_shm_group; fs/hugetlbfs/inode.c hugetlb_file_setup()
 * (falls back to RLIMIT_MEMLOCK before EPERM).
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_HUGETLB: huge-page segment if reserved, else ENOMEM; EPERM unprivileged",
          .ref = "shmget(2) SHM_HUGETLB, ERRORS ENOMEM, EPERM; proc(5) hugetlb_shm_group",
          .tags = "hugetlb");

/* A field of /proc/meminfo, or -1. */
static long meminfo(const char *field)
{
	FILE *f = fopen("/proc/meminfo", "re");
	char line[128];
	long v = -1;
	size_t len = strlen(field);
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, field, len) == 0 && line[len] == ':')
			sscanf(line + len + 1, "%ld", &v);
	fclose(f);
	return v;
}

static size_t huge_page_size(void)
{
	long kb = meminfo("Hugepagesize");
	if (kb <= 0)
		IPCS_SKIP("no huge page support (no Hugepagesize in /proc/meminfo)");
	return (size_t)kb * 1024;
}

static bool huge_pages_obtainable(void)
{
	return meminfo("HugePages_Free") > 0 ||
	       ipcs_read_proc_ull("/proc/sys/vm/nr_overcommit_hugepages") > 0;
}

IPCS_TEST(reserved_pages_back_segment)
{
	size_t huge = huge_page_size();
	if (meminfo("HugePages_Free") - meminfo("HugePages_Rsvd") < 1)
		IPCS_SKIP("no free huge page is reserved (vm.nr_hugepages)");
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("needs CAP_IPC_LOCK to use SHM_HUGETLB without memlock limits");
	int id = ipcs_shmget(IPC_PRIVATE, 1, IPC_CREAT | SHM_HUGETLB | 0600);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_segsz, 1);
	volatile char *p = ipcs_shmat(id, NULL, 0);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping((void *)p, &m));
	IPCS_EXPECT_EQ(m.end - m.start, huge);
	IPCS_EXPECT_EQ((uintptr_t)p % huge, 0);
	p[huge - 1] = 'h';
	IPCS_EXPECT_EQ(p[huge - 1], 'h');
	ipcs_shmdt((void *)p);
}

IPCS_TEST(no_reserved_pages_enomem)
{
	size_t huge = huge_page_size();
	if (huge_pages_obtainable())
		IPCS_SKIP("huge pages are available here (free or overcommit), so no ENOMEM");
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("needs CAP_IPC_LOCK, else the memlock check may answer first");
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, huge, IPC_CREAT | SHM_HUGETLB | 0600),
	                       ENOMEM) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

static void unprivileged(void *arg)
{
	size_t huge = *(size_t *)arg;
	ipcs_become_user(0);
	struct rlimit none = {0, 0};
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &none));
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, huge, IPC_CREAT | SHM_HUGETLB | 0600),
	                       EPERM) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

IPCS_TEST(unprivileged_eperm)
{
	size_t huge = huge_page_size();
	if (!ipcs_is_unprivileged() &&
	    !(ipcs_have_cap(IPCS_CAP_SETUID) && ipcs_have_cap(IPCS_CAP_SETGID)))
		IPCS_SKIP("needs an unprivileged identity (or CAP_SETUID/CAP_SETGID to switch)");
	if (ipcs_is_unprivileged() && ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("this identity holds CAP_IPC_LOCK");
	gid_t group = (gid_t)ipcs_read_proc_ull("/proc/sys/vm/hugetlb_shm_group");
	if (group == ipcs_user_gid(0))
		IPCS_SKIP("the unprivileged identity's group %lu is vm.hugetlb_shm_group",
		          (unsigned long)group);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, &huge), 0);
}

IPCS_MAIN(reserved_pages_back_segment, no_reserved_pages_enomem, unprivileged_eperm)
