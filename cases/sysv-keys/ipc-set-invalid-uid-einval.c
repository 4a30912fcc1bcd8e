/*
 * IPC_SET fails with EINVAL, changing nothing, when the new uid or gid has
 * no mapping in the caller's user namespace: (uid_t)-1 anywhere, and any
 * id in a user namespace without mappings.
 *
 * Ref: the man pages do not list this EINVAL (semctl(2), msgctl(2),
 * shmctl(2) ERRORS EINVAL name only "Invalid value for cmd or semid");
 * the kernel's ipc/util.c ipc_update_perm() converts uid and gid with
 * make_kuid()/make_kgid() in the caller's user namespace and returns
 * -EINVAL when either is invalid; user_namespaces(7) ("unmapped" ids).
 */
#include <sched.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior =
              "IPC_SET with an unmapped uid or gid fails with EINVAL (kernel; not in man pages)",
          .ref = "ipc/util.c ipc_update_perm(); user_namespaces(7); semctl(2), msgctl(2), "
                 "shmctl(2) IPC_SET",
          .tags = "ipc_perm,ipc_set,namespaces");

static void expect_unchanged(enum ipcs_sysv f, int id, const union ipcs_sysv_ds *before)
{
	union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, id);
	union ipcs_sysv_ds old = *before;
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->uid, ipcs_sysv_perm(f, &old)->uid);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->gid, ipcs_sysv_perm(f, &old)->gid);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->mode, ipcs_sysv_perm(f, &old)->mode);
}

/* (uid_t)-1 is never a valid id, in any user namespace. */
static void minus_one(enum ipcs_sysv f)
{
	int id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0600);
	union ipcs_sysv_ds before = ipcs_sysv_stat_safe(f, id);
	union ipcs_sysv_ds ds = before;
	ipcs_sysv_perm(f, &ds)->uid = (uid_t)-1;
	ipcs_sysv_perm(f, &ds)->mode = 0640;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(f, id, &ds), EINVAL);
	ds = before;
	ipcs_sysv_perm(f, &ds)->gid = (gid_t)-1;
	ipcs_sysv_perm(f, &ds)->mode = 0640;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(f, id, &ds), EINVAL);
	expect_unchanged(f, id, &before);
}

/* In a new user namespace nothing is mapped until uid_map is written: the
 * creator's own ids read back as the overflow id and cannot be set. */
static void unmapped_namespace(enum ipcs_sysv f)
{
	if (unshare(CLONE_NEWUSER | CLONE_NEWIPC) == -1) {
		if (errno == EPERM || errno == EINVAL || errno == ENOSPC || errno == EUSERS)
			IPCS_SKIP("cannot create a user namespace here (%s)",
			          ipcs_errno_name(errno));
		IPCS_BROKEN_ERRNO("unshare(CLONE_NEWUSER|CLONE_NEWIPC)");
	}
	/* Not registered: the object dies with this IPC namespace. */
	int id = IPCS_SAFE(ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | 0600));
	union ipcs_sysv_ds before = ipcs_sysv_stat_safe(f, id);
	union ipcs_sysv_ds ds = before;
	ipcs_sysv_perm(f, &ds)->mode = 0640;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(f, id, &ds), EINVAL);
	ds = before;
	ipcs_sysv_perm(f, &ds)->uid = 0;
	ipcs_sysv_perm(f, &ds)->gid = 0;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(f, id, &ds), EINVAL);
	expect_unchanged(f, id, &before);
}

IPCS_TEST(sem_minus_one)
{
	minus_one(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_minus_one)
{
	minus_one(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_minus_one)
{
	minus_one(IPCS_SYSV_SHM);
}
IPCS_TEST(sem_unmapped_namespace)
{
	unmapped_namespace(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_unmapped_namespace)
{
	unmapped_namespace(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_unmapped_namespace)
{
	unmapped_namespace(IPCS_SYSV_SHM);
}

IPCS_MAIN(sem_minus_one, msg_minus_one, shm_minus_one, sem_unmapped_namespace,
          msg_unmapped_namespace, shm_unmapped_namespace)
