/* objects.c - creating, naming, registering and removing the objects a
 * case touches. Everything registered and not removed by the test is
 * removed by the main process when the test ends, crash or not. */
#include <fcntl.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

static const char *kind_names[] = {"sem", "msg", "shm", "file", "pshm", "mq", "psem", "sysctl"};

static void record_obj(const char *type, enum ipcs_obj kind, long id, const char *name,
                       const char *value)
{
	char idbuf[24];

	snprintf(idbuf, sizeof idbuf, "%ld", id);
	const char *fields[] = {kind_names[kind], idbuf, name ? name : "-", value};
	ipcs_record(type, fields, value ? 4 : 3);
}

void ipcs_track(enum ipcs_obj kind, long id, const char *name)
{
	record_obj("ADD", kind, id, name, NULL);
}

void ipcs_untrack(enum ipcs_obj kind, long id, const char *name)
{
	record_obj("DEL", kind, id, name, NULL);
}

/* ------------------------------------------------------------- unique ids */

static unsigned counter;

key_t ipcs_unique_key(void)
{
	for (int tries = 0; tries < 1000; tries++) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		uint32_t h = (uint32_t)getpid() * 2654435761u ^ (uint32_t)ts.tv_nsec * 40503u ^
		             ++counter * 2246822519u;
		/* 'I' in the top byte, readable in ipcs output; never IPC_PRIVATE. */
		key_t key = (key_t)(0x49000000u | (h & 0x00ffffffu));
		if (semget(key, 0, 0) == -1 && errno == ENOENT && msgget(key, 0) == -1 &&
		    errno == ENOENT && shmget(key, 0, 0) == -1 && errno == ENOENT)
			return key;
	}
	IPCS_BROKEN("no unused System V key found in 1000 tries");
}

const char *ipcs_unique_name(char *buf, size_t size, const char *tag)
{
	snprintf(buf, size, "/ipcsuite-%ld-%u-%s", (long)getpid(), ++counter, tag ? tag : "x");
	return buf;
}

const char *ipcs_unique_long_name(char *buf, size_t size, const char *tag, size_t len)
{
	if (size < len + 2)
		IPCS_BROKEN("a name of %zu characters after the slash needs %zu bytes, not %zu",
		            len, len + 2, size);
	ipcs_unique_name(buf, size, tag);
	size_t have = strlen(buf);
	if (have > len + 1)
		IPCS_BROKEN("the unique name %s is already longer than %zu characters", buf,
		            len + 1);
	memset(buf + have, 'x', len + 1 - have);
	buf[len + 1] = '\0';
	return buf;
}

const char *ipcs_temp_file(char *buf, size_t size)
{
	const char *dir = getenv("TMPDIR");

	snprintf(buf, size, "%s/ipcsuite-%ld-XXXXXX", dir && *dir ? dir : "/tmp", (long)getpid());
	int fd = mkstemp(buf);
	if (fd < 0)
		IPCS_BROKEN_ERRNO("mkstemp(%s)", buf);
	close(fd);
	ipcs_track(IPCS_OBJ_FILE, -1, buf);
	return buf;
}

/* ------------------------------------------------------- System V objects */

int ipcs_semget(key_t key, int nsems, int flags)
{
	int id = semget(key, nsems, flags);
	if (id == -1)
		IPCS_BROKEN_ERRNO("semget(0x%x, %d, 0%o)", (unsigned)key, nsems, (unsigned)flags);
	ipcs_track(IPCS_OBJ_SEM, id, NULL);
	return id;
}

int ipcs_msgget(key_t key, int flags)
{
	int id = msgget(key, flags);
	if (id == -1)
		IPCS_BROKEN_ERRNO("msgget(0x%x, 0%o)", (unsigned)key, (unsigned)flags);
	ipcs_track(IPCS_OBJ_MSG, id, NULL);
	return id;
}

int ipcs_shmget(key_t key, size_t size, int flags)
{
	int id = shmget(key, size, flags);
	if (id == -1)
		IPCS_BROKEN_ERRNO("shmget(0x%x, %zu, 0%o)", (unsigned)key, size, (unsigned)flags);
	ipcs_track(IPCS_OBJ_SHM, id, NULL);
	return id;
}

int ipcs_sem_new(int nsems)
{
	return ipcs_semget(IPC_PRIVATE, nsems, IPC_CREAT | 0600);
}

int ipcs_msg_new(void)
{
	return ipcs_msgget(IPC_PRIVATE, IPC_CREAT | 0600);
}

int ipcs_shm_new(size_t size)
{
	return ipcs_shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
}

void ipcs_sem_rm(int semid)
{
	if (semctl(semid, 0, IPC_RMID) == -1)
		IPCS_BROKEN_ERRNO("semctl(%d, IPC_RMID)", semid);
	ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
}

void ipcs_msg_rm(int msqid)
{
	if (msgctl(msqid, IPC_RMID, NULL) == -1)
		IPCS_BROKEN_ERRNO("msgctl(%d, IPC_RMID)", msqid);
	ipcs_untrack(IPCS_OBJ_MSG, msqid, NULL);
}

void ipcs_shm_rm(int shmid)
{
	if (shmctl(shmid, IPC_RMID, NULL) == -1)
		IPCS_BROKEN_ERRNO("shmctl(%d, IPC_RMID)", shmid);
	ipcs_untrack(IPCS_OBJ_SHM, shmid, NULL);
}

/* ----------------------------------------------------------------- sysctl */

static int read_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, size - 1);
	int err = errno;
	close(fd);
	if (n < 0) {
		errno = err;
		return -1;
	}
	buf[n] = '\0';
	return (int)n;
}

static int write_file(const char *path, const char *value)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, value, strlen(value));
	int err = errno;
	close(fd);
	errno = err;
	return n < 0 ? -1 : 0;
}

void ipcs_sysctl_set(const char *path, const char *value)
{
	char old[512];

	if (read_file(path, old, sizeof old) < 0)
		IPCS_BROKEN_ERRNO("reading %s", path);
	old[strcspn(old, "\n")] = '\0';
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
		IPCS_SKIP("cannot change %s here (%s)", path, ipcs_errno_name(errno));
	if (fd < 0)
		IPCS_BROKEN_ERRNO("opening %s for writing", path);
	close(fd);
	record_obj("ADD", IPCS_OBJ_SYSCTL, -1, path, old);
	if (write_file(path, value) < 0)
		IPCS_BROKEN_ERRNO("writing '%s' to %s", value, path);
}

long ipcs_read_proc_long(const char *path)
{
	long v;

	if (ipcs_read_proc_longs(path, &v, 1) != 1)
		IPCS_BROKEN("%s holds no number", path);
	return v;
}

int ipcs_read_proc_longs(const char *path, long *out, int max)
{
	char buf[512], *p = buf, *end;
	int n = 0;

	if (read_file(path, buf, sizeof buf) < 0)
		IPCS_BROKEN_ERRNO("reading %s", path);
	while (n < max) {
		long v = strtol(p, &end, 10);
		if (end == p)
			break;
		out[n++] = v;
		p = end;
	}
	return n;
}

/* --------------------------------------------------------------- release */

void ipcs_release_object(const char *kind, const char *id, const char *name, const char *value)
{
	int n = atoi(id);

	if (strcmp(kind, "sem") == 0)
		semctl(n, 0, IPC_RMID);
	else if (strcmp(kind, "msg") == 0)
		msgctl(n, IPC_RMID, NULL);
	else if (strcmp(kind, "shm") == 0)
		shmctl(n, IPC_RMID, NULL);
	else if (strcmp(kind, "file") == 0)
		unlink(name);
	else if (strcmp(kind, "pshm") == 0)
		shm_unlink(name);
	else if (strcmp(kind, "psem") == 0)
		sem_unlink(name);
#ifdef HAVE_MQ_OPEN
	else if (strcmp(kind, "mq") == 0)
		mq_unlink(name);
#endif
	else if (strcmp(kind, "sysctl") == 0 && value && write_file(name, value) < 0)
		fprintf(stderr, "ipcsuite: could not restore %s to '%s': %s\n", name, value,
		        ipcs_errno_name(errno));
	ipcs_record("DEL", (const char *[]){kind, id, name}, 3);
}
