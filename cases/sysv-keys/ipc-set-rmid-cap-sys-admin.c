/*
 * A process that is neither owner nor creator may IPC_SET and IPC_RMID an
 * object when it holds CAP_SYS_ADMIN; without CAP_SYS_ADMIN (uid 0 and
 * CAP_IPC_OWNER notwithstanding) both fail with EPERM.
 *
 * Ref: shmctl(2) IPC_SET ("or the caller must be privileged"), ERRORS EPERM
 * ("and the process was not privileged (Linux: does not have the
 * CAP_SYS_ADMIN capability)"); semctl(2), msgctl(2) ERRORS EPERM likewise;
 * capabilities(7) CAP_SYS_ADMIN ("perform IPC_SET and IPC_RMID operations
 * on arbitrary System V IPC objects"); ipc/util.c ipcctl_obtain_check().
 */
#include <unistd.h>

#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_SYS_ADMIN, and only it, lets a non-owner IPC_SET and IPC_RMID",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_SET, ERRORS EPERM; capabilities(7)",
          .needs = IPCS_NEEDS_TWO_USERS, .caps = IPCS_CAP(IPCS_CAP_SYS_ADMIN),
          .tags = "ipc_perm,permissions,capabilities");

static enum ipcs_sysv facility;
static int object_id;

/* Identity 1 creates and owns it; mode 0644 lets anyone IPC_STAT it. */
static union ipcs_sysv_ds foreign_object(enum ipcs_sysv f)
{
	facility = f;
	object_id = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0644);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	if (perm->uid == geteuid() || perm->cuid == geteuid())
		IPCS_BROKEN("this process is the object's owner or creator");
	return ds;
}

static void check_admin(enum ipcs_sysv f)
{
	union ipcs_sysv_ds ds = foreign_object(f);
	ipcs_sysv_perm(f, &ds)->mode = 0600;
	IPCS_EXPECT_OK(ipcs_sysv_set(f, object_id, &ds));
	union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, object_id);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->mode & 0777, 0600);
	if (IPCS_EXPECT_OK(ipcs_sysv_rmid(f, object_id)))
		ipcs_sysv_untrack(f, object_id);
}

static void without_admin(void *arg)
{
	union ipcs_sysv_ds ds = *(union ipcs_sysv_ds *)arg;
	ipcs_drop_effective_cap(IPCS_CAP_SYS_ADMIN);
	ipcs_sysv_perm(facility, &ds)->mode = 0600;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(facility, object_id, &ds), EPERM);
	IPCS_EXPECT_ERRNO(ipcs_sysv_rmid(facility, object_id), EPERM);
}

static void check_without_admin(enum ipcs_sysv f)
{
	union ipcs_sysv_ds ds = foreign_object(f);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(without_admin, &ds), 0);
	union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, object_id); /* still there */
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->mode & 0777, 0644);
}

IPCS_TEST(sem_admin)
{
	check_admin(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_admin)
{
	check_admin(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_admin)
{
	check_admin(IPCS_SYSV_SHM);
}
IPCS_TEST(sem_without_admin)
{
	check_without_admin(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_without_admin)
{
	check_without_admin(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_without_admin)
{
	check_without_admin(IPCS_SYSV_SHM);
}

IPCS_MAIN(sem_admin, msg_admin, shm_admin, sem_without_admin, msg_without_admin, shm_without_admin)
