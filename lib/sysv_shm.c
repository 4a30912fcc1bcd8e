/* sysv_shm.c - helpers for the System V shared memory cases and for the
 * cases that check one rule across semaphores, queues and segments. */
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

/* ------------------------------------------------------------ shared memory */

size_t ipcs_round_to_page(size_t n)
{
	size_t page = ipcs_page_size();
	return (n + page - 1) / page * page;
}

int ipcs_shmget_try(key_t key, size_t size, int flags)
{
	int id = shmget(key, size, flags);
	int err = errno;
	if (id != -1)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
	errno = err;
	return id;
}

void *ipcs_shmat(int shmid, const void *addr, int flags)
{
	void *p = shmat(shmid, addr, flags);
	if (p == (void *)-1)
		IPCS_BROKEN_ERRNO("shmat(%d, %p, 0%o)", shmid, addr, (unsigned)flags);
	return p;
}

void ipcs_shmdt(const void *addr)
{
	if (shmdt(addr) == -1)
		IPCS_BROKEN_ERRNO("shmdt(%p)", addr);
}

struct shmid_ds ipcs_shm_stat(int shmid)
{
	struct shmid_ds ds;
	if (shmctl(shmid, IPC_STAT, &ds) == -1)
		IPCS_BROKEN_ERRNO("shmctl(%d, IPC_STAT)", shmid);
	return ds;
}

bool ipcs_shm_id_exists(int shmid)
{
	struct shmid_ds ds;
	if (shmctl(shmid, IPC_STAT, &ds) == 0)
		return true;
	if (errno == EINVAL || errno == EIDRM)
		return false;
	IPCS_BROKEN_ERRNO("shmctl(%d, IPC_STAT)", shmid);
}

unsigned long long ipcs_read_proc_ull(const char *path)
{
	FILE *f = fopen(path, "re");
	unsigned long long v;

	if (!f)
		IPCS_BROKEN_ERRNO("opening %s", path);
	int n = fscanf(f, "%llu", &v);
	fclose(f);
	if (n != 1)
		IPCS_BROKEN("%s holds no unsigned number", path);
	return v;
}

bool ipcs_proc_shm_find(int shmid, struct ipcs_proc_shm *out)
{
	struct ipcs_sysvipc_row r;
	if (!IPCS_SYSVIPC_FIND(IPCS_SYSV_SHM, shmid, &r))
		return false;
#define F(name) IPCS_SYSVIPC_FIELD(&r, name)
	*out = (struct ipcs_proc_shm){.key = F("key"),
	                              .shmid = (int)F("shmid"),
	                              .mode = (unsigned)F("perms"),
	                              .size = (unsigned long long)F("size"),
	                              .cpid = (long)F("cpid"),
	                              .lpid = (long)F("lpid"),
	                              .nattch = (unsigned long)F("nattch"),
	                              .uid = (unsigned long)F("uid"),
	                              .gid = (unsigned long)F("gid"),
	                              .cuid = (unsigned long)F("cuid"),
	                              .cgid = (unsigned long)F("cgid"),
	                              .atime = F("atime"),
	                              .dtime = F("dtime"),
	                              .ctime = F("ctime"),
	                              .rss = (unsigned long long)F("rss"),
	                              .swap = (unsigned long long)F("swap")};
#undef F
	return true;
}

bool ipcs_find_mapping(const void *addr, struct ipcs_mapping *out)
{
	FILE *f = fopen("/proc/self/maps", "re");
	char line[512];
	uintptr_t a = (uintptr_t)addr;
	bool found = false;

	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/self/maps");
	while (!found && fgets(line, sizeof line, f)) {
		unsigned long long start, end, off;
		unsigned long inode;
		char perms[5], dev[16];
		if (sscanf(line, "%llx-%llx %4s %llx %15s %lu", &start, &end, perms, &off, dev,
		           &inode) != 6)
			continue;
		if (a >= start && a < end) {
			out->start = (uintptr_t)start;
			out->end = (uintptr_t)end;
			memcpy(out->perms, perms, sizeof out->perms);
			out->inode = inode;
			found = true;
		}
	}
	fclose(f);
	return found;
}

struct rlimit ipcs_require_memlock_pages(size_t pages)
{
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < pages * ipcs_page_size())
		IPCS_SKIP("RLIMIT_MEMLOCK %llu is under %zu pages", (unsigned long long)rl.rlim_cur,
		          pages);
	return rl;
}

void ipcs_no_core_dump(void)
{
	struct rlimit rl = {0, 0};
	setrlimit(RLIMIT_CORE, &rl);
}

/* -------------------------------------------------------------- huge pages */

static void huge_pool_path(char *buf, size_t n, size_t size, const char *file)
{
	snprintf(buf, n, "/sys/kernel/mm/hugepages/hugepages-%zukB%s%s", size / 1024,
	         file ? "/" : "", file ? file : "");
}

bool ipcs_huge_size_offered(size_t size)
{
	char path[128];
	huge_pool_path(path, sizeof path, size, NULL);
	return size >= 1024 && access(path, F_OK) == 0;
}

long ipcs_huge_pool_value(size_t size, const char *counter)
{
	char path[160];
	huge_pool_path(path, sizeof path, size, counter);
	unsigned long long v = ipcs_read_proc_ull(path);
	return v > LONG_MAX ? LONG_MAX : (long)v;
}

bool ipcs_huge_page_obtainable(size_t size)
{
	return ipcs_huge_pool_value(size, "free_hugepages") -
	               ipcs_huge_pool_value(size, "resv_hugepages") >
	           0 ||
	       ipcs_huge_pool_value(size, "nr_overcommit_hugepages") > 0;
}
