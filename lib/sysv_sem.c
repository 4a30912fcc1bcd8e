/* sysv_sem.c - System V semaphore helpers (ipcsuite_sem.h): setting and
 * reading values, one-operation semop wrappers, limits, /proc/sysvipc/sem. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "ipcsuite_sem.h"
#include "ipcsuite_sysv.h"

void ipcs_sem_limits(struct ipcs_sem_limits *out)
{
	long v[4];

	if (ipcs_read_proc_longs("/proc/sys/kernel/sem", v, 4) != 4)
		IPCS_BROKEN("/proc/sys/kernel/sem does not hold four numbers");
	out->semmsl = v[0];
	out->semmns = v[1];
	out->semopm = v[2];
	out->semmni = v[3];
}

void ipcs_sem_ipc_info(struct seminfo *out)
{
	memset(out, 0, sizeof *out);
	if (semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = out}) == -1)
		IPCS_BROKEN_ERRNO("semctl(0, 0, IPC_INFO)");
}

void ipcs_sem_setval_(int semid, int semnum, int val, const char *file, int line)
{
	if (semctl(semid, semnum, SETVAL, (union ipcs_semun){.val = val}) == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, %d, SETVAL, %d)", semid, semnum, val);
}

int ipcs_sem_getval_(int semid, int semnum, const char *file, int line)
{
	int v = semctl(semid, semnum, GETVAL);
	if (v == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, %d, GETVAL)", semid, semnum);
	return v;
}

void ipcs_sem_setall_(int semid, const unsigned short *vals, const char *file, int line)
{
	if (semctl(semid, 0, SETALL, (union ipcs_semun){.array = (unsigned short *)vals}) == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, 0, SETALL)", semid);
}

void ipcs_sem_getall_(int semid, unsigned short *vals, const char *file, int line)
{
	if (semctl(semid, 0, GETALL, (union ipcs_semun){.array = vals}) == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, 0, GETALL)", semid);
}

void ipcs_sem_stat_(int semid, struct semid_ds *ds, const char *file, int line)
{
	memset(ds, 0, sizeof *ds);
	if (semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = ds}) == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, 0, IPC_STAT)", semid);
}

int ipcs_sem_getpid_(int semid, int semnum, const char *file, int line)
{
	int v = semctl(semid, semnum, GETPID);
	if (v == -1)
		ipcs_broken_at(file, line, errno, "semctl(%d, %d, GETPID)", semid, semnum);
	return v;
}

int ipcs_semget_try(key_t key, int nsems, int flags)
{
	int id = semget(key, nsems, flags);
	int err = errno;
	if (id != -1)
		ipcs_track(IPCS_OBJ_SEM, id, NULL);
	errno = err;
	return id;
}

int ipcs_semop1(int semid, unsigned short num, short op, short flg)
{
	struct sembuf sb = {.sem_num = num, .sem_op = op, .sem_flg = flg};
	return semop(semid, &sb, 1);
}

int ipcs_semtimedop(int semid, struct sembuf *sops, size_t nsops, const struct timespec *timeout)
{
#ifdef HAVE_SEMTIMEDOP
	return semtimedop(semid, sops, nsops, timeout);
#else
	(void)semid, (void)sops, (void)nsops, (void)timeout;
	errno = ENOSYS;
	return -1;
#endif
}

int ipcs_semtimedop1(int semid, unsigned short num, short op, short flg, long ms)
{
	struct sembuf sb = {.sem_num = num, .sem_op = op, .sem_flg = flg};
	struct timespec ts = ipcs_ms_to_timespec(ms < 0 ? 0 : ms);
	return ipcs_semtimedop(semid, &sb, 1, ms < 0 ? NULL : &ts);
}

struct val_wait {
	int id, num, want;
	const char *file;
	int line;
};

static bool semval_is(void *p)
{
	struct val_wait *w = p;
	return ipcs_sem_getval_(w->id, w->num, w->file, w->line) == w->want;
}

void ipcs_wait_semval_(int semid, int semnum, int val, const char *file, int line)
{
	struct val_wait w = {semid, semnum, val, file, line};
	char what[96];
	snprintf(what, sizeof what, "the value of semaphore %d to be %d", semnum, val);
	ipcs_poll_(semval_is, &w, IPCS_WAIT_MS, what, file, line);
}

int ipcs_sem_settled(int semid, int semnum, int cmd, int want)
{
	long long deadline = ipcs_now_ns() + (long long)ipcs_wait_deadline_ms() * 1000000;
	int got;
	while ((got = semctl(semid, semnum, cmd)) != want && got != -1 && ipcs_now_ns() < deadline)
		usleep(1000); /* polling a state the kernel shows, not waiting for one */
	return got;
}

bool ipcs_proc_sem_find(int semid, struct ipcs_proc_sem *out)
{
	struct ipcs_sysvipc_row r;
	if (!IPCS_SYSVIPC_FIND(IPCS_SYSV_SEM, semid, &r))
		return false;
#define F(name) IPCS_SYSVIPC_FIELD(&r, name)
	*out = (struct ipcs_proc_sem){.key = F("key"),
	                              .semid = (int)F("semid"),
	                              .perms = (unsigned)F("perms"),
	                              .nsems = (unsigned long)F("nsems"),
	                              .uid = (unsigned long)F("uid"),
	                              .gid = (unsigned long)F("gid"),
	                              .cuid = (unsigned long)F("cuid"),
	                              .cgid = (unsigned long)F("cgid"),
	                              .otime = F("otime"),
	                              .ctime = F("ctime")};
#undef F
	return true;
}

void ipcs_require_other(void)
{
	if (!ipcs_is_unprivileged())
		return; /* privileged: identity 0 is another one */
	if (!ipcs_have_cap(IPCS_CAP_SETUID) || !ipcs_have_cap(IPCS_CAP_SETGID))
		IPCS_SKIP("needs an identity other than the one running the test, which "
		          "creates the objects: runs unprivileged, cannot switch");
}

void ipcs_become_other(void)
{
	ipcs_become_user(ipcs_is_unprivileged() ? 1 : 0);
}
