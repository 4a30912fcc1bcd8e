/*
 * An unprivileged process may IPC_SET and IPC_RMID an object when its
 * effective uid is the object's owner (uid) or its creator (cuid): the
 * owner who did not create it, and the creator who gave ownership away.
 *
 * Ref: shmctl(2) IPC_SET ("The effective UID of the calling process must
 * match the owner (shm_perm.uid) or creator (shm_perm.cuid)"), IPC_RMID
 * ("The caller must be the owner or creator of the segment"); semctl(2),
 * msgctl(2) IPC_SET, IPC_RMID; POSIX.1-2017 shmctl.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "the owner and the creator may each IPC_SET and IPC_RMID an object",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_SET, IPC_RMID; POSIX.1-2017 shmctl",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;

/* Identity `which` sets mode 0640 with IPC_SET, then removes the object. */
static void set_then_remove(void *arg)
{
	ipcs_become_user(*(int *)arg);
	union ipcs_sysv_ds ds;
	/* Mode 0644 lets anyone IPC_STAT: only IPC_SET/RMID are judged. */
	IPCS_ASSERT_OK(ipcs_sysv_stat(facility, object_id, &ds));
	ipcs_sysv_perm(facility, &ds)->mode = 0640;
	IPCS_EXPECT_OK(ipcs_sysv_set(facility, object_id, &ds));
	if (IPCS_EXPECT_OK(ipcs_sysv_rmid(facility, object_id)))
		ipcs_sysv_untrack(facility, object_id);
}

/* Identity 0 creates, then hands ownership to identity 1. */
static int create_and_give_away(enum ipcs_sysv f)
{
	facility = f;
	object_id = ipcs_sysv_new_as_user(f, 0, IPC_PRIVATE, IPC_CREAT | 0644);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	ipcs_sysv_perm(f, &ds)->uid = ipcs_user_uid(1);
	ipcs_sysv_perm(f, &ds)->gid = ipcs_user_gid(1);
	IPCS_SAFE(ipcs_sysv_set(f, object_id, &ds));
	return object_id;
}

static void owner_not_creator(enum ipcs_sysv f)
{
	create_and_give_away(f);
	int who = 1;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(set_then_remove, &who), 0);
}

static void creator_not_owner(enum ipcs_sysv f)
{
	create_and_give_away(f);
	int who = 0;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(set_then_remove, &who), 0);
}

IPCS_TEST(sem_owner)
{
	owner_not_creator(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_owner)
{
	owner_not_creator(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_owner)
{
	owner_not_creator(IPCS_SYSV_SHM);
}
IPCS_TEST(sem_creator)
{
	creator_not_owner(IPCS_SYSV_SEM);
}
IPCS_TEST(msg_creator)
{
	creator_not_owner(IPCS_SYSV_MSG);
}
IPCS_TEST(shm_creator)
{
	creator_not_owner(IPCS_SYSV_SHM);
}

IPCS_MAIN(sem_owner, msg_owner, shm_owner, sem_creator, msg_creator, shm_creator)
