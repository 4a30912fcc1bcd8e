/*
 * sysv_keys.c - helpers for the key and permission cases (ipcsuite_keys.h).
 */
#include "ipcsuite_keys.h"

#include <grp.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int ipcs_sysv_highest_index(enum ipcs_sysv f)
{
	switch (f) {
	case IPCS_SYSV_SEM: {
		struct seminfo info;
		return semctl(0, 0, SEM_INFO, (union ipcs_semun){.__buf = &info});
	}
	case IPCS_SYSV_MSG: {
		struct msginfo info;
		return msgctl(0, MSG_INFO, (struct msqid_ds *)(void *)&info);
	}
	case IPCS_SYSV_SHM: {
		struct shm_info info;
		return shmctl(0, SHM_INFO, (struct shmid_ds *)(void *)&info);
	}
	}
	errno = EINVAL;
	return -1;
}

int ipcs_sysv_stat_index(enum ipcs_sysv f, int index)
{
	static const int stat_cmd[] = {SEM_STAT, MSG_STAT, SHM_STAT};
	union ipcs_sysv_ds ds;
	return ipcs_sysv_ctl(f, index, stat_cmd[f], &ds);
}

bool ipcs_proc_sysvipc_find(enum ipcs_sysv f, int id, struct ipcs_proc_sysvipc *out)
{
	struct ipcs_sysvipc_row r;
	if (!IPCS_SYSVIPC_FIND(f, id, &r))
		return false;
	*out = (struct ipcs_proc_sysvipc){.key = IPCS_SYSVIPC_FIELD(&r, "key"),
	                                  .id = id,
	                                  .mode = (unsigned)IPCS_SYSVIPC_FIELD(&r, "perms"),
	                                  .uid = (unsigned long)IPCS_SYSVIPC_FIELD(&r, "uid"),
	                                  .gid = (unsigned long)IPCS_SYSVIPC_FIELD(&r, "gid"),
	                                  .cuid = (unsigned long)IPCS_SYSVIPC_FIELD(&r, "cuid"),
	                                  .cgid = (unsigned long)IPCS_SYSVIPC_FIELD(&r, "cgid")};
	return true;
}

/* capget(2)/capset(2) by number: <sys/capability.h> is libcap's, and
 * <linux/capability.h> is missing on some musl setups. */
struct ipcs_cap_header {
	uint32_t version;
	int pid;
};
struct ipcs_cap_data {
	uint32_t effective, permitted, inheritable;
};
#define IPCS_CAP_VERSION_3 0x20080522

void ipcs_drop_effective_cap(int cap)
{
	struct ipcs_cap_header hdr = {IPCS_CAP_VERSION_3, 0};
	struct ipcs_cap_data data[2];

	if (syscall(SYS_capget, &hdr, data) == -1)
		IPCS_BROKEN_ERRNO("capget");
	data[cap / 32].effective &= ~(UINT32_C(1) << (cap % 32));
	hdr.version = IPCS_CAP_VERSION_3;
	hdr.pid = 0;
	if (syscall(SYS_capset, &hdr, data) == -1)
		IPCS_BROKEN_ERRNO("capset dropping capability %d", cap);
	if (ipcs_have_cap(cap))
		IPCS_BROKEN("capability %d is still effective after capset", cap);
}

const char *ipcs_sysv_next_id_path(enum ipcs_sysv f)
{
	static const char *paths[] = {"/proc/sys/kernel/sem_next_id",
	                              "/proc/sys/kernel/msg_next_id",
	                              "/proc/sys/kernel/shm_next_id"};
	return paths[f];
}
