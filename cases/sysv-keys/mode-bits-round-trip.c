/*
 * The low 9 bits of the flags given at creation appear unchanged as the
 * permission bits of the object's mode, for any combination of them.
 *
 * Ref: shmget(2) DESCRIPTION ("The least significant 9 bits of
 * shm_perm.mode are set to the least significant 9 bit of shmflg");
 * semget(2), msgget(2) DESCRIPTION; POSIX.1-2017 shmget ("The low-order
 * nine bits of shm_perm.mode are set to the low-order nine bits of shmflg").
 */
#include <stdio.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "the low 9 bits of the creation flags become the mode, unchanged",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION; POSIX.1-2017 shmget",
          .tags = "ipc_perm");

/* The mode of object id: IPC_STAT where this identity may read it, else
 * the perms column of /proc/sysvipc/<facility> (readable by anyone). */
static unsigned mode_of(enum ipcs_sysv f, int id)
{
	union ipcs_sysv_ds ds;
	if (ipcs_sysv_stat(f, id, &ds) == 0)
		return ipcs_sysv_perm(f, &ds)->mode;
	if (errno != EACCES)
		IPCS_BROKEN_ERRNO("%sctl(%d, IPC_STAT)", ipcs_sysv_name(f), id);
	char path[64], line[512];
	snprintf(path, sizeof path, "/proc/sysvipc/%s", ipcs_sysv_name(f));
	FILE *file = fopen(path, "re");
	if (!file)
		IPCS_BROKEN_ERRNO("opening %s", path);
	while (fgets(line, sizeof line, file)) {
		long long key;
		int got_id;
		unsigned mode;
		if (sscanf(line, "%lld %d %o", &key, &got_id, &mode) == 3 && got_id == id) {
			fclose(file);
			return mode;
		}
	}
	fclose(file);
	IPCS_BROKEN("%s id %d is not in %s", ipcs_sysv_name(f), id, path);
}

static void check(enum ipcs_sysv f)
{
	static const int modes[] = {0000, 0400, 0600, 0640, 0777, 0123, 0456, 0701, 0070};
	for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
		int id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | modes[i]);
		IPCS_EXPECT_EQ(mode_of(f, id) & 0777, modes[i]);
		IPCS_SAFE(ipcs_sysv_rmid(f, id));
		ipcs_sysv_untrack(f, id);
	}
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
