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
	FILE *f = fopen("/proc/sysvipc/shm", "re");
	char line[512];
	bool found = false;

	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/sysvipc/shm");
	if (!fgets(line, sizeof line, f)) { /* the header */
		fclose(f);
		IPCS_BROKEN("/proc/sysvipc/shm is empty");
	}
	while (!found && fgets(line, sizeof line, f)) {
		struct ipcs_proc_shm e;
		int n = sscanf(
		    line, "%lld %d %o %llu %ld %ld %lu %lu %lu %lu %lu %lld %lld %lld %llu %llu",
		    &e.key, &e.shmid, &e.mode, &e.size, &e.cpid, &e.lpid, &e.nattch, &e.uid, &e.gid,
		    &e.cuid, &e.cgid, &e.atime, &e.dtime, &e.ctime, &e.rss, &e.swap);
		if (n < 14) {
			fclose(f);
			IPCS_BROKEN("/proc/sysvipc/shm: cannot parse '%.80s'", line);
		}
		if (e.shmid == shmid) {
			*out = e;
			found = true;
		}
	}
	fclose(f);
	return found;
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

void ipcs_no_core_dump(void)
{
	struct rlimit rl = {0, 0};
	setrlimit(RLIMIT_CORE, &rl);
}

void ipcs_enter_new_ipc_ns(void)
{
	if (unshare(CLONE_NEWIPC) == 0)
		return;
	if (errno != EPERM)
		IPCS_BROKEN_ERRNO("unshare(CLONE_NEWIPC)");
	/* Unprivileged: a new user namespace grants CAP_SYS_ADMIN over the
	 * IPC namespace created with it. */
	if (unshare(CLONE_NEWUSER | CLONE_NEWIPC) == 0)
		return;
	if (errno == EPERM || errno == EINVAL || errno == ENOSPC || errno == EUSERS)
		IPCS_SKIP("cannot create an IPC namespace: unshare(CLONE_NEWIPC) needs "
		          "CAP_SYS_ADMIN, and unshare(CLONE_NEWUSER|CLONE_NEWIPC) failed with %s",
		          ipcs_errno_name(errno));
	IPCS_BROKEN_ERRNO("unshare(CLONE_NEWUSER|CLONE_NEWIPC)");
}

/* ------------------------------------------- the three System V facilities */

static const enum ipcs_obj obj_kind[] = {IPCS_OBJ_SEM, IPCS_OBJ_MSG, IPCS_OBJ_SHM};

const char *ipcs_sysv_name(enum ipcs_sysv f)
{
	static const char *names[] = {"sem", "msg", "shm"};
	return names[f];
}

int ipcs_sysv_get(enum ipcs_sysv f, key_t key, int flags)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semget(key, 1, flags);
	case IPCS_SYSV_MSG:
		return msgget(key, flags);
	case IPCS_SYSV_SHM:
		return shmget(key, ipcs_page_size(), flags);
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_new(enum ipcs_sysv f, key_t key, int flags)
{
	int id = ipcs_sysv_get(f, key, flags);
	if (id == -1)
		IPCS_BROKEN_ERRNO("%sget(0x%x, 0%o)", ipcs_sysv_name(f), (unsigned)key,
		                  (unsigned)flags);
	ipcs_sysv_track(f, id);
	return id;
}

int ipcs_sysv_new_as_user(enum ipcs_sysv f, int which, key_t key, int flags)
{
	int fds[2], id = -1;

	IPCS_SAFE(pipe(fds));
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		close(fds[0]);
		ipcs_become_user(which);
		id = ipcs_sysv_new(f, key, flags);
		if (write(fds[1], &id, sizeof id) != (ssize_t)sizeof id)
			IPCS_BROKEN_ERRNO("writing the new id to the parent");
		ipcs_child_exit();
	}
	close(fds[1]);
	ssize_t n = read(fds[0], &id, sizeof id);
	close(fds[0]);
	int status = ipcs_wait(pid);
	if (n != (ssize_t)sizeof id) {
		char how[64];
		IPCS_BROKEN("the child creating a %s object as identity %d sent no id (%s)",
		            ipcs_sysv_name(f), which, ipcs_status_str(status, how, sizeof how));
	}
	return id;
}

void ipcs_sysv_track(enum ipcs_sysv f, int id)
{
	ipcs_track(obj_kind[f], id, NULL);
}

void ipcs_sysv_untrack(enum ipcs_sysv f, int id)
{
	ipcs_untrack(obj_kind[f], id, NULL);
}

int ipcs_sysv_stat(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semctl(id, 0, IPC_STAT, (union ipcs_semun){.buf = &ds->sem});
	case IPCS_SYSV_MSG:
		return msgctl(id, IPC_STAT, &ds->msg);
	case IPCS_SYSV_SHM:
		return shmctl(id, IPC_STAT, &ds->shm);
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_set(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semctl(id, 0, IPC_SET, (union ipcs_semun){.buf = &ds->sem});
	case IPCS_SYSV_MSG:
		return msgctl(id, IPC_SET, &ds->msg);
	case IPCS_SYSV_SHM:
		return shmctl(id, IPC_SET, &ds->shm);
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_rmid(enum ipcs_sysv f, int id)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semctl(id, 0, IPC_RMID);
	case IPCS_SYSV_MSG:
		return msgctl(id, IPC_RMID, NULL);
	case IPCS_SYSV_SHM:
		return shmctl(id, IPC_RMID, NULL);
	}
	errno = EINVAL;
	return -1;
}

union ipcs_sysv_ds ipcs_sysv_stat_safe(enum ipcs_sysv f, int id)
{
	union ipcs_sysv_ds ds;
	if (ipcs_sysv_stat(f, id, &ds) == -1)
		IPCS_BROKEN_ERRNO("%sctl(%d, IPC_STAT)", ipcs_sysv_name(f), id);
	return ds;
}

struct ipc_perm *ipcs_sysv_perm(enum ipcs_sysv f, union ipcs_sysv_ds *ds)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return &ds->sem.sem_perm;
	case IPCS_SYSV_MSG:
		return &ds->msg.msg_perm;
	case IPCS_SYSV_SHM:
		break;
	}
	return &ds->shm.shm_perm;
}

time_t ipcs_sysv_ctime(enum ipcs_sysv f, const union ipcs_sysv_ds *ds)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return ds->sem.sem_ctime;
	case IPCS_SYSV_MSG:
		return ds->msg.msg_ctime;
	case IPCS_SYSV_SHM:
		break;
	}
	return ds->shm.shm_ctime;
}

int ipcs_sysv_read_op(enum ipcs_sysv f, int id)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semctl(id, 0, GETVAL) == -1 ? -1 : 0;
	case IPCS_SYSV_MSG: {
		struct {
			long mtype;
			char mtext[1];
		} msg;
		if (msgrcv(id, &msg, sizeof msg.mtext, 0, IPC_NOWAIT | MSG_NOERROR) >= 0)
			return 0;
		return errno == ENOMSG ? 0 : -1;
	}
	case IPCS_SYSV_SHM: {
		void *p = shmat(id, NULL, SHM_RDONLY);
		if (p == (void *)-1)
			return -1;
		ipcs_shmdt(p);
		return 0;
	}
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_write_op(enum ipcs_sysv f, int id)
{
	switch (f) {
	case IPCS_SYSV_SEM: {
		struct sembuf up = {.sem_num = 0, .sem_op = 1, .sem_flg = IPC_NOWAIT};
		struct sembuf down = {.sem_num = 0, .sem_op = -1, .sem_flg = IPC_NOWAIT};
		if (semop(id, &up, 1) == -1)
			return -1;
		if (semop(id, &down, 1) == -1)
			IPCS_BROKEN_ERRNO("semop(%d, -1) undoing the +1 just made", id);
		return 0;
	}
	case IPCS_SYSV_MSG: {
		struct {
			long mtype;
			char mtext[1];
		} msg = {1, {'x'}};
		return msgsnd(id, &msg, sizeof msg.mtext, IPC_NOWAIT);
	}
	case IPCS_SYSV_SHM: {
		void *p = shmat(id, NULL, 0);
		if (p == (void *)-1)
			return -1;
		ipcs_shmdt(p);
		return 0;
	}
	}
	errno = EINVAL;
	return -1;
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
