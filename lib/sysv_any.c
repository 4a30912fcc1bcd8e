/*
 * sysv_any.c - the three System V facilities alike (ipcsuite_sysv.h).
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

#include "internal.h"
#include "ipcsuite_shm.h" /* ipcs_shmdt, ipcs_page_size */
#include "ipcsuite_sysv.h"

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

/* Create in a child that became identity `which` (>= 0) or else uid/gid. */
static int new_in_child(enum ipcs_sysv f, key_t key, int flags, int which, uid_t uid, gid_t gid)
{
	int fds[2], id = -1;

	IPCS_SAFE(pipe(fds));
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		close(fds[0]);
		if (which >= 0)
			ipcs_become_user(which);
		else
			ipcs_become_ids(uid, gid, NULL, 0);
		id = ipcs_sysv_new(f, key, flags);
		if (write(fds[1], &id, sizeof id) != (ssize_t)sizeof id)
			IPCS_BROKEN_ERRNO("writing the new id to the parent");
		ipcs_child_exit();
	}
	close(fds[1]);
	ssize_t n = read(fds[0], &id, sizeof id);
	close(fds[0]);
	int status = ipcs_wait(pid); /* a child that skipped skips the test */
	if (n != (ssize_t)sizeof id) {
		char how[64];
		IPCS_BROKEN("the child creating a %s object as uid %lu gid %lu sent no id (%s)",
		            ipcs_sysv_name(f), (unsigned long)uid, (unsigned long)gid,
		            ipcs_status_str(status, how, sizeof how));
	}
	return id;
}

int ipcs_sysv_new_as_user(enum ipcs_sysv f, int which, key_t key, int flags)
{
	return new_in_child(f, key, flags, which, ipcs_user_uid(which), ipcs_user_gid(which));
}

int ipcs_sysv_new_as_ids(enum ipcs_sysv f, uid_t uid, gid_t gid, key_t key, int flags)
{
	return new_in_child(f, key, flags, -1, uid, gid);
}

void ipcs_sysv_track(enum ipcs_sysv f, int id)
{
	ipcs_track(obj_kind[f], id, NULL);
}

void ipcs_sysv_untrack(enum ipcs_sysv f, int id)
{
	ipcs_untrack(obj_kind[f], id, NULL);
}

int ipcs_sysv_ctl(enum ipcs_sysv f, int id, int cmd, union ipcs_sysv_ds *ds)
{
	switch (f) {
	case IPCS_SYSV_SEM:
		return semctl(id, 0, cmd, (union ipcs_semun){.buf = ds ? &ds->sem : NULL});
	case IPCS_SYSV_MSG:
		return msgctl(id, cmd, ds ? &ds->msg : NULL);
	case IPCS_SYSV_SHM:
		return shmctl(id, cmd, ds ? &ds->shm : NULL);
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_stat(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds)
{
	return ipcs_sysv_ctl(f, id, IPC_STAT, ds);
}

int ipcs_sysv_set(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds)
{
	return ipcs_sysv_ctl(f, id, IPC_SET, ds);
}

int ipcs_sysv_rmid(enum ipcs_sysv f, int id)
{
	return ipcs_sysv_ctl(f, id, IPC_RMID, NULL);
}

/* The *_STAT_ANY command of facility f, or -1 where the headers lack it. */
static int stat_any_cmd(enum ipcs_sysv f)
{
	switch (f) {
#ifdef HAVE_SEM_STAT_ANY
	case IPCS_SYSV_SEM:
		return SEM_STAT_ANY;
#endif
#ifdef HAVE_MSG_STAT_ANY
	case IPCS_SYSV_MSG:
		return MSG_STAT_ANY;
#endif
#ifdef HAVE_SHM_STAT_ANY
	case IPCS_SYSV_SHM:
		return SHM_STAT_ANY;
#endif
	default:
		return -1;
	}
}

void ipcs_require_stat_any(enum ipcs_sysv f)
{
	static const int stat_cmd[] = {SEM_STAT, MSG_STAT, SHM_STAT};
	static const char *const upper[] = {"SEM", "MSG", "SHM"};
	int cmd = stat_any_cmd(f);
	if (cmd == -1)
		IPCS_SKIP("built without %s_STAT_ANY in the C library's headers", upper[f]);
	/* Our own object, mode 0600: *_STAT finds its index; *_STAT_ANY on that
	 * index must then succeed, and a kernel without the command (before
	 * 4.17) says EINVAL. A probe, not a version gate: gVisor reports 4.4.0
	 * and has the commands. */
	int id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0600);
	union ipcs_sysv_ds ds;
	int highest = ipcs_sysv_ctl(f, 0, IPC_INFO, &ds);
	if (highest == -1)
		IPCS_BROKEN_ERRNO("%sctl(IPC_INFO)", ipcs_sysv_name(f));
	for (int i = 0; i <= highest; i++) {
		if (ipcs_sysv_ctl(f, i, stat_cmd[f], &ds) != id)
			continue;
		if (ipcs_sysv_ctl(f, i, cmd, &ds) == id)
			return;
		if (errno == EINVAL)
			IPCS_SKIP("the kernel lacks %s_STAT_ANY (EINVAL for the command on a used "
			          "index)",
			          upper[f]);
		IPCS_BROKEN_ERRNO("%sctl(%d, %s_STAT_ANY) on our own object", ipcs_sysv_name(f), i,
		                  upper[f]);
	}
	IPCS_BROKEN("%s_STAT found no index for our own object %d", upper[f], id);
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

/* ---------------------------------------------------- /proc/sysvipc/<facility> */

static const char *id_column(enum ipcs_sysv f)
{
	static const char *names[] = {"semid", "msqid", "shmid"};
	return names[f];
}

/* Splits a line into at most max words, in place; returns their count. */
static int split_words(char *s, char **words, int max)
{
	int n = 0;
	for (char *save, *tok = strtok_r(s, " \t\n", &save); tok && n < max;
	     tok = strtok_r(NULL, " \t\n", &save))
		words[n++] = tok;
	return n;
}

bool ipcs_sysvipc_find_(enum ipcs_sysv f, int id, struct ipcs_sysvipc_row *out, const char *file,
                        int line)
{
	char path[64], buf[1024];
	char *words[IPCS_SYSVIPC_MAX_FIELDS];
	struct ipcs_sysvipc_row head = {0};
	int idcol = -1;
	bool found = false;

	snprintf(path, sizeof path, "/proc/sysvipc/%s", ipcs_sysv_name(f));
	FILE *in = fopen(path, "re");
	if (!in)
		ipcs_broken_at(file, line, errno, "opening %s", path);
	if (!fgets(buf, sizeof buf, in)) {
		fclose(in);
		ipcs_broken_at(file, line, 0, "%s is empty (no header line)", path);
	}
	head.n = split_words(buf, words, IPCS_SYSVIPC_MAX_FIELDS);
	for (int i = 0; i < head.n; i++) {
		snprintf(head.name[i], sizeof head.name[i], "%s", words[i]);
		if (strcmp(words[i], id_column(f)) == 0)
			idcol = i;
	}
	if (idcol < 0) {
		fclose(in);
		ipcs_broken_at(file, line, 0, "%s: the header has no %s column", path,
		               id_column(f));
	}
	while (!found && fgets(buf, sizeof buf, in)) {
		int n = split_words(buf, words, IPCS_SYSVIPC_MAX_FIELDS);
		if (n == 0)
			continue;
		if (n != head.n) {
			fclose(in);
			ipcs_broken_at(file, line, 0, "%s: a line has %d fields, the header %d",
			               path, n, head.n);
		}
		char *end;
		if (strtol(words[idcol], &end, 10) != id || *end)
			continue;
		*out = head;
		for (int i = 0; i < n; i++) {
			errno = 0;
			bool octal = strcmp(head.name[i], "perms") == 0;
			/* sizes and counters are unsigned; ids and times signed */
			out->value[i] = words[i][0] == '-'
			                    ? strtoll(words[i], &end, 10)
			                    : (long long)strtoull(words[i], &end, octal ? 8 : 10);
			if (*end || errno) {
				fclose(in);
				ipcs_broken_at(file, line, 0, "%s: field %s is '%s', not a number",
				               path, head.name[i], words[i]);
			}
		}
		found = true;
	}
	fclose(in);
	return found;
}

long long ipcs_sysvipc_field_(const struct ipcs_sysvipc_row *r, const char *name, const char *file,
                              int line)
{
	for (int i = 0; i < r->n; i++)
		if (strcmp(r->name[i], name) == 0)
			return r->value[i];
	ipcs_broken_at(file, line, 0, "/proc/sysvipc: no field '%s' in the header", name);
}
