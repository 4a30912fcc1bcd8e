/*
 * Objects belong to their IPC namespace, not to its processes: after the
 * last process of a namespace has exited, a file descriptor open on its
 * /proc/<pid>/ns/ipc keeps the namespace, and a process that joins it with
 * setns() finds the objects by key and by id. The kernel frees them with
 * the namespace, when its last reference goes; ipc_namespaces(7) equates
 * that with the exit of the last member, which holds only when nothing
 * else pins the namespace.
 *
 * Ref: ipc_namespaces(7) ("When an IPC namespace is destroyed (i.e., when
 * the last process that is a member of the namespace terminates), all IPC
 * objects in the namespace are automatically destroyed"); namespaces(7)
 * /proc/[pid]/ns ("As long as this file descriptor remains open, the
 * namespace will remain alive, even if all processes in the namespace
 * terminate"); setns(2); ipc/namespace.c put_ipc_ns(), free_ipc_ns().
 */
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "objects outlive the namespace's last process while the namespace is held",
          .ref = "ipc_namespaces(7); namespaces(7) /proc/[pid]/ns; setns(2)",
          .tags = "keys,lifetime,namespaces");

static enum ipcs_sysv facility;
static key_t key;
static int to_parent[2], to_child[2];

/* In a new namespace: create the object, report its id, wait for the
 * parent to open the namespace, then exit (the only member leaves). */
static void member(void *arg)
{
	(void)arg;
	close(to_parent[0]);
	close(to_child[1]);
	ipcs_enter_new_ipc_ns();
	int id = IPCS_SAFE(ipcs_sysv_get(facility, key, IPC_CREAT | IPC_EXCL | 0600));
	if (write(to_parent[1], &id, sizeof id) != (ssize_t)sizeof id)
		IPCS_BROKEN_ERRNO("writing the id");
	char go;
	if (read(to_child[0], &go, 1) != 1)
		IPCS_BROKEN_ERRNO("waiting for the parent");
}

static int open_ns(pid_t pid, const char *which)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/ns/%s", (int)pid, which);
	return (int)IPCS_SAFE(open(path, O_RDONLY | O_CLOEXEC));
}

static bool same_ns(int fd, const char *own)
{
	struct stat a, b;
	char path[64];
	snprintf(path, sizeof path, "/proc/self/ns/%s", own);
	IPCS_SAFE(fstat(fd, &a));
	IPCS_SAFE(stat(path, &b));
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	key = ipcs_unique_key();
	IPCS_SAFE(pipe(to_parent));
	IPCS_SAFE(pipe(to_child));
	pid_t pid = ipcs_spawn(member, NULL);
	close(to_parent[1]);
	close(to_child[0]);
	int id;
	if (read(to_parent[0], &id, sizeof id) != (ssize_t)sizeof id) {
		ipcs_wait(pid); /* a child that skipped skips the test */
		IPCS_BROKEN("the member process sent no id");
	}
	int ipc_fd = open_ns(pid, "ipc");
	int user_fd = open_ns(pid, "user");
	IPCS_SAFE(write(to_child[1], "g", 1));
	IPCS_ASSERT_TRUE(IPCS_EXPECT_CHILD_EXIT(pid, 0)); /* no member left */

	/* Unprivileged, the namespace belongs to a new user namespace:
	 * join that first (its owner has every capability in it). */
	/* EINVAL: already a member (setns(2)); seen under gVisor, where
	 * comparing the ns files' inodes does not tell. */
	if (!same_ns(user_fd, "user") && setns(user_fd, CLONE_NEWUSER) == -1 && errno != EINVAL)
		IPCS_BROKEN_ERRNO("setns(user_fd, CLONE_NEWUSER)");
	if (setns(ipc_fd, CLONE_NEWIPC) == -1) {
		if (errno == EPERM)
			IPCS_SKIP("setns(CLONE_NEWIPC) needs CAP_SYS_ADMIN over the namespace");
		IPCS_BROKEN_ERRNO("setns(CLONE_NEWIPC)");
	}
	close(ipc_fd);
	close(user_fd);
	/* This process now holds the namespace; it dies with the test. */
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), id);
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_OK(ipcs_sysv_stat(f, id, &ds));
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
