/* posix_mq.c - helpers for the POSIX message queue cases; see
 * ipcsuite_posix_mq.h. */
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "internal.h"
#include "ipcsuite_posix_mq.h"

#define MQUEUE_FS_MAGIC 0x19800202L /* <linux/magic.h> MQUEUE_MAGIC */

mqd_t ipcs_mq_try_open(const char *name, int oflag, mode_t mode, const struct mq_attr *attr)
{
	mqd_t q = mq_open(name, oflag, mode, (struct mq_attr *)attr);
	int err = errno;

	if (q == (mqd_t)-1 && err == ENOSYS)
		IPCS_SKIP("no POSIX message queues here (mq_open: ENOSYS; kernel without "
		          "CONFIG_POSIX_MQUEUE?)");
	if (q != (mqd_t)-1 && (oflag & O_CREAT))
		ipcs_track(IPCS_OBJ_MQ, 0, name);
	errno = err;
	return q;
}

mqd_t ipcs_mq_new_(char *name, int oflag, mode_t mode, long maxmsg, long msgsize, const char *file,
                   int line)
{
	struct mq_attr attr = {.mq_maxmsg = maxmsg, .mq_msgsize = msgsize};

	ipcs_unique_name(name, IPCS_MQ_NAME_MAX, "mq");
	mqd_t q = ipcs_mq_try_open(name, oflag | O_CREAT | O_EXCL, mode, &attr);
	if (q == (mqd_t)-1)
		ipcs_broken_at(file, line, errno,
		               "mq_open(%s, O_CREAT|O_EXCL|0%o, 0%o, {%ld, %ld})", name,
		               (unsigned)oflag, (unsigned)mode, maxmsg, msgsize);
	return q;
}

mqd_t ipcs_mq_open_(const char *name, int oflag, const char *file, int line)
{
	mqd_t q = mq_open(name, oflag);
	if (q == (mqd_t)-1)
		ipcs_broken_at(file, line, errno, "mq_open(%s, 0%o)", name, (unsigned)oflag);
	return q;
}

void ipcs_mq_put_(mqd_t q, const char *text, unsigned prio, const char *file, int line)
{
	if (mq_send(q, text, strlen(text), prio) == -1)
		ipcs_broken_at(file, line, errno, "mq_send(\"%s\", prio %u)", text, prio);
}

void ipcs_mq_attr_(mqd_t q, struct mq_attr *attr, const char *file, int line)
{
	if (mq_getattr(q, attr) == -1)
		ipcs_broken_at(file, line, errno, "mq_getattr");
}

long ipcs_mq_curmsgs_(mqd_t q, const char *file, int line)
{
	struct mq_attr attr;
	ipcs_mq_attr_(q, &attr, file, line);
	return attr.mq_curmsgs;
}

bool ipcs_mq_expect_rcv_(mqd_t q, const char *text, unsigned prio, const char *file, int line)
{
	struct mq_attr attr;
	ipcs_mq_attr_(q, &attr, file, line);
	char *buf = malloc((size_t)attr.mq_msgsize + 1);
	if (!buf)
		ipcs_broken_at(file, line, ENOMEM, "malloc");
	unsigned got_prio = ~0u;
	ssize_t n = mq_receive(q, buf, (size_t)attr.mq_msgsize, &got_prio);
	int err = errno;
	bool ok = ipcs_check_ok_(n, err, file, line, "mq_receive", false);
	if (ok) {
		size_t want = strlen(text);
		ok = ipcs_check_cmp_(n, (long long)want, "==", file, line, "received length",
		                     "strlen(expected text)", false);
		if (ok)
			ok = ipcs_check_mem_(buf, text, want, file, line, "received text", text,
			                     false);
		ok = ipcs_check_cmp_(got_prio, prio, "==", file, line, "received priority",
		                     "expected priority", false) &&
		     ok;
	}
	free(buf);
	return ok;
}

const char *ipcs_mq_dir(void)
{
	static const char dir[] = "/dev/mqueue";
	struct statfs sfs;

	if (statfs(dir, &sfs) == -1 || (long)sfs.f_type != MQUEUE_FS_MAGIC)
		IPCS_SKIP("no mqueue filesystem mounted on %s", dir);
	/* The runner's isolation mounts it for the case's own IPC namespace;
	 * elsewhere it may belong to another one: look for a probe queue. */
	const char *iso = getenv("IPCSUITE_ISOLATED"), *uns = getenv("IPCSUITE_USERNS");
	if ((iso && strcmp(iso, "1") == 0) || (uns && strcmp(uns, "1") == 0))
		return dir;
	char name[IPCS_MQ_NAME_MAX], path[256];
	mqd_t q = ipcs_mq_new_(name, O_RDONLY, 0600, 1, 1, __FILE__, __LINE__);
	snprintf(path, sizeof path, "%s%s", dir, name);
	struct stat st;
	bool ours = stat(path, &st) == 0;
	mq_close(q);
	if (mq_unlink(name) == 0)
		ipcs_untrack(IPCS_OBJ_MQ, 0, name);
	if (!ours)
		IPCS_SKIP("the mqueue filesystem on %s belongs to another IPC namespace", dir);
	return dir;
}

bool ipcs_mq_file_read_(const char *name, struct ipcs_mq_file *out, const char *file, int line)
{
	char path[256], buf[256];

	snprintf(path, sizeof path, "%s/%s", ipcs_mq_dir(), name[0] == '/' ? name + 1 : name);
	FILE *f = fopen(path, "re");
	if (!f)
		ipcs_broken_at(file, line, errno, "opening %s", path);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	struct {
		const char *key;
		long *val;
	} fields[] = {{"QSIZE:", &out->qsize},
	              {"NOTIFY:", &out->notify},
	              {"SIGNO:", &out->signo},
	              {"NOTIFY_PID:", &out->notify_pid}};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const char *p = buf;
		/* a whole word: at the start or after a blank */
		for (;;) {
			p = strstr(p, fields[i].key);
			if (!p || p == buf || p[-1] == ' ' || p[-1] == '\t')
				break;
			p++;
		}
		char *end;
		if (!p || (*fields[i].val = strtol(p + strlen(fields[i].key), &end, 10),
		           end == p + strlen(fields[i].key))) {
			ipcs_fail_at(file, line, fields[i].key, buf, 0, "%s has no field %s", path,
			             fields[i].key);
			return false;
		}
	}
	return true;
}

static bool in_new_ipc_ns;

void ipcs_mq_enter_new_ipc_ns(void)
{
	ipcs_enter_new_namespaces(CLONE_NEWIPC, true, "whose queue limits this test may change");
	int fd = open(IPCS_MQ_SYSCTL "queues_max", O_WRONLY | O_CLOEXEC);
	if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS || errno == ENOENT))
		IPCS_SKIP("cannot change " IPCS_MQ_SYSCTL "queues_max in a new IPC namespace here "
		          "(%s)",
		          ipcs_errno_name(errno));
	if (fd < 0)
		IPCS_BROKEN_ERRNO("opening " IPCS_MQ_SYSCTL "queues_max for writing");
	close(fd);
	in_new_ipc_ns = true;
}

void ipcs_mq_set_limit_(const char *file, long value, const char *src, int line)
{
	char path[128], text[32];

	if (!in_new_ipc_ns)
		ipcs_broken_at(src, line, 0,
		               "ipcs_mq_set_limit(%s) outside ipcs_mq_enter_new_ipc_ns()", file);
	snprintf(path, sizeof path, IPCS_MQ_SYSCTL "%s", file);
	snprintf(text, sizeof text, "%ld", value);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0 || write(fd, text, strlen(text)) < 0)
		ipcs_broken_at(src, line, errno, "writing %s to %s", text, path);
	close(fd);
}

long ipcs_mq_limit(const char *file)
{
	char path[128];
	snprintf(path, sizeof path, IPCS_MQ_SYSCTL "%s", file);
	return ipcs_read_proc_long(path);
}
