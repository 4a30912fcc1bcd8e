/*
 * ipcsuite_keys.h - helpers for the cross-facility key and permission
 * cases (cases/sysv-keys), on top of the ipcs_sysv_* layer of
 * ipcsuite_shm.h. "Raw" helpers return -1 with errno set so that a case
 * can judge them; the others end the test broken on failure.
 */
#ifndef IPCSUITE_KEYS_H
#define IPCSUITE_KEYS_H

#include "ipcsuite_shm.h"

/* SEM_INFO / MSG_INFO / SHM_INFO: the index of the highest used entry of
 * the kernel's internal array for that facility (semctl(2) SEM_INFO).
 * Raw. */
int ipcs_sysv_highest_index(enum ipcs_sysv f);

/* SEM_STAT / MSG_STAT / SHM_STAT on an index of that array: the identifier
 * of the object in that slot (semctl(2) SEM_STAT). Raw. */
int ipcs_sysv_stat_index(enum ipcs_sysv f, int index);

/* The fields every /proc/sysvipc/<facility> line has (proc(5)). */
struct ipcs_proc_sysvipc {
	long long key;
	int id;
	unsigned mode;
	unsigned long uid, gid, cuid, cgid;
};
/* The line for id in /proc/sysvipc/<facility>: true if listed. Broken if
 * the file is unreadable. */
bool ipcs_proc_sysvipc_find(enum ipcs_sysv f, int id, struct ipcs_proc_sysvipc *out);

/* Remove cap from the calling process's effective set (capset(2)), keeping
 * the permitted set and the uid: to show that a capability, not uid 0,
 * grants something. Broken on failure. */
void ipcs_drop_effective_cap(int cap);

/* "/proc/sys/kernel/<facility>_next_id". */
const char *ipcs_sysv_next_id_path(enum ipcs_sysv f);

#endif
