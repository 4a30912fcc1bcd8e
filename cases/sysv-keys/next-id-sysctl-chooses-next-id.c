/*
 * Writing N to /proc/sys/kernel/{sem,msg,shm}_next_id makes the next object
 * of that facility get identifier N; the file then reads -1 again and the
 * object after it gets an ordinary identifier.
 *
 * Ref: Documentation/admin-guide/sysctl/kernel.rst ("msg_next_id,
 * sem_next_id, and shm_next_id (System V IPC)": "the next allocated IPC
 * object will have an id equal to the value", "reset back to -1 by kernel
 * after successful IPC object allocation"); ipc/ipc_sysctl.c (present with
 * CONFIG_CHECKPOINT_RESTORE since Linux 3.19; writing needs
 * CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN over the IPC namespace);
 * ipc/util.c ipc_idr_alloc(). proc(5) does not describe these files.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior =
              "(kernel) writing N to <facility>_next_id makes the next object get id N, once",
          .ref = "Documentation/admin-guide/sysctl/kernel.rst msg_next_id; ipc/ipc_sysctl.c",
          .tags = "keys,ids,sysctl,namespaces");

/* Index 5, sequence number 3 with the default 15 index bits; index 98309,
 * sequence 0 with ipcmni_extend: id N either way. */
#define CHOSEN_ID ((3 << 15) + 5)

static void write_next_id(const char *path, int value)
{
	char text[32];
	snprintf(text, sizeof text, "%d", value);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd == -1 && (errno == EACCES || errno == EPERM))
		IPCS_SKIP("cannot write %s (%s): needs CAP_CHECKPOINT_RESTORE or "
		          "CAP_SYS_ADMIN over the IPC namespace",
		          path, ipcs_errno_name(errno));
	if (fd == -1)
		IPCS_BROKEN_ERRNO("opening %s", path);
	ssize_t n = write(fd, text, strlen(text));
	int err = errno;
	close(fd);
	if (n != (ssize_t)strlen(text)) {
		errno = err;
		IPCS_BROKEN_ERRNO("writing %s to %s", text, path);
	}
}

static void check(enum ipcs_sysv f)
{
	const char *path = ipcs_sysv_next_id_path(f);
	if (access(path, F_OK) == -1)
		IPCS_SKIP("%s is absent (kernel before 3.19 or without "
		          "CONFIG_CHECKPOINT_RESTORE)",
		          path);
	/* A namespace of our own: its sysctl dies with it, so nothing
	 * outside is changed and nothing needs restoring; its objects are
	 * not registered for the same reason. */
	ipcs_enter_new_ipc_ns();
	IPCS_EXPECT_EQ(ipcs_read_proc_long(path), -1);
	write_next_id(path, CHOSEN_ID);
	IPCS_EXPECT_EQ(ipcs_read_proc_long(path), CHOSEN_ID);

	int id = IPCS_SAFE(ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | 0600));
	IPCS_EXPECT_EQ(id, CHOSEN_ID);
	IPCS_EXPECT_EQ(ipcs_read_proc_long(path), -1);
	int next = IPCS_SAFE(ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | 0600));
	IPCS_EXPECT_NE(next, CHOSEN_ID);
	IPCS_EXPECT_NE(next, id);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
