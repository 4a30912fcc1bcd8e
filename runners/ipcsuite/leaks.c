/*
 * leaks.c - what IPC objects exist: SysV (from /proc/sysvipc), POSIX shared
 * memory and named semaphores (/dev/shm) and POSIX message queues (an mqueue
 * mount). Two snapshots, before and after a case, give what it leaked.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runner.h"

#define MQUEUE_MAGIC 0x19800202

static void add(struct snapshot *s, const char *kind, long id, long key, const char *name)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	struct ipcobj *o = &s->v[s->n++];
	memset(o, 0, sizeof *o);
	snprintf(o->kind, sizeof o->kind, "%s", kind);
	o->id = id;
	o->key = key;
	o->name = name ? xstrdup(name) : NULL;
}

static void read_sysv(struct snapshot *s, const char *kind)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/sysvipc/%s", kind);
	FILE *f = fopen(path, "re");
	if (!f)
		return;
	char line[512];
	bool header = true;
	while (fgets(line, sizeof line, f)) {
		if (header) {
			header = false;
			continue;
		}
		long key, id;
		if (sscanf(line, "%ld %ld", &key, &id) == 2)
			add(s, kind, id, key, NULL);
	}
	fclose(f);
}

static void read_dir(struct snapshot *s, const char *dir, bool mq)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		const char *kind = mq ? "mq" : !strncmp(e->d_name, "sem.", 4) ? "psem" : "pshm";
		add(s, kind, -1, 0, e->d_name);
	}
	closedir(d);
}

void snap_take(struct snapshot *s, const char *mqdir)
{
	memset(s, 0, sizeof *s);
	read_sysv(s, "sem");
	read_sysv(s, "msg");
	read_sysv(s, "shm");
	read_dir(s, "/dev/shm", false);
	struct statfs sf;
	const char *mq = mqdir ? mqdir : "/dev/mqueue";
	if (statfs(mq, &sf) == 0 && sf.f_type == MQUEUE_MAGIC) {
		s->mq_ok = true;
		read_dir(s, mq, true);
	}
}

void snap_free(struct snapshot *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].name);
	free(s->v);
	memset(s, 0, sizeof *s);
}

static bool same(const struct ipcobj *a, const struct ipcobj *b)
{
	if (strcmp(a->kind, b->kind))
		return false;
	if (a->name || b->name)
		return a->name && b->name && !strcmp(a->name, b->name);
	return a->id == b->id && a->key == b->key;
}

static char *describe(const struct ipcobj *o)
{
	if (!strcmp(o->kind, "sem"))
		return xasprintf("SysV semaphore set id %ld (key 0x%08lx)", o->id,
		                 (unsigned long)o->key & 0xffffffffUL);
	if (!strcmp(o->kind, "msg"))
		return xasprintf("SysV message queue id %ld (key 0x%08lx)", o->id,
		                 (unsigned long)o->key & 0xffffffffUL);
	if (!strcmp(o->kind, "shm"))
		return xasprintf("SysV shared memory id %ld (key 0x%08lx)", o->id,
		                 (unsigned long)o->key & 0xffffffffUL);
	if (!strcmp(o->kind, "psem"))
		return xasprintf("POSIX named semaphore /%s (/dev/shm/%s)", o->name + 4, o->name);
	if (!strcmp(o->kind, "pshm"))
		return xasprintf("POSIX shared memory /dev/shm/%s", o->name);
	return xasprintf("POSIX message queue /%s", o->name);
}

int ipcobj_remove(const struct ipcobj *o, const char *mqdir)
{
	int rc = -1;
	if (!strcmp(o->kind, "sem")) {
		rc = semctl((int)o->id, 0, IPC_RMID);
	} else if (!strcmp(o->kind, "msg")) {
		rc = msgctl((int)o->id, IPC_RMID, NULL);
	} else if (!strcmp(o->kind, "shm")) {
		rc = shmctl((int)o->id, IPC_RMID, NULL);
	} else if (!strcmp(o->kind, "psem") || !strcmp(o->kind, "pshm")) {
		char *p = path_join("/dev/shm", o->name);
		rc = unlink(p);
		free(p);
	} else if (!strcmp(o->kind, "mq")) {
		/* the raw syscall needs no librt and no mount */
		rc = (int)syscall(SYS_mq_unlink, o->name);
		if (rc < 0 && mqdir) {
			char *p = path_join(mqdir, o->name);
			rc = unlink(p);
			free(p);
		}
	}
	return rc;
}

void snap_diff(const struct snapshot *before, const struct snapshot *after, const char *mqdir,
               bool remove, struct strlist *leaks)
{
	for (size_t i = 0; i < after->n; i++) {
		bool old = false;
		for (size_t k = 0; k < before->n && !old; k++)
			old = same(&after->v[i], &before->v[k]);
		if (old)
			continue;
		char *d = describe(&after->v[i]);
		if (remove) {
			if (ipcobj_remove(&after->v[i], mqdir) == 0) {
				char *x = xasprintf("%s, removed", d);
				free(d);
				d = x;
			} else {
				char *x =
				    xasprintf("%s, could not remove: %s", d, errno_name(errno));
				free(d);
				d = x;
			}
		}
		sl_add_own(leaks, d);
	}
}
