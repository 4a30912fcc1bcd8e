/*
 * An identifier carries a sequence number besides the slot index: an
 * object created in the slot of a removed one gets a different identifier,
 * and the removed identifier fails with EINVAL, before and after the slot
 * is reused.
 *
 * Ref: semctl(2) SEM_STAT ("the semid argument is not a semaphore
 * identifier, but instead an index into the kernel's internal array"),
 * RETURN VALUE (SEM_INFO: "the index of the highest used entry"; SEM_STAT:
 * "the identifier of the semaphore set whose index was given"), ERRORS
 * EINVAL ("Invalid value for cmd or semid"); msgctl(2) MSG_STAT/MSG_INFO,
 * shmctl(2) SHM_STAT/SHM_INFO likewise. ipc/util.c ipc_idr_alloc() builds
 * the id from a per-namespace sequence number and the index;
 * ipc_obtain_object_check() gives EINVAL for an empty slot or a sequence
 * mismatch (EIDRM is only for an object found while being removed).
 */
#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a reused slot gets a new id; the removed id fails with EINVAL",
          .ref = "semctl(2), msgctl(2), shmctl(2) *_STAT, *_INFO, ERRORS EINVAL; "
                 "ipc/util.c ipc_idr_alloc()",
          .tags = "keys,ids,namespaces");

/* Slots are handed out cyclically (64 before wrapping by default, 4096 with
 * ipcmni_extend): far more tries than a cycle. */
#define MAX_TRIES 100000

static void check(enum ipcs_sysv f)
{
	/* An empty namespace: our object is the only one, so *_INFO names
	 * its slot. Objects here die with it and are not registered. */
	ipcs_enter_new_ipc_ns();
	int old_id = IPCS_SAFE(ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | 0600));
	int slot = IPCS_SAFE(ipcs_sysv_highest_index(f));
	IPCS_ASSERT_EQ(ipcs_sysv_stat_index(f, slot), old_id);
	IPCS_ASSERT_OK(ipcs_sysv_rmid(f, old_id));
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_ERRNO(ipcs_sysv_stat(f, old_id, &ds), EINVAL);

	for (int tries = 1; tries <= MAX_TRIES; tries++) {
		int id = IPCS_SAFE(ipcs_sysv_get(f, IPC_PRIVATE, IPC_CREAT | 0600));
		if (IPCS_SAFE(ipcs_sysv_highest_index(f)) != slot) {
			IPCS_SAFE(ipcs_sysv_rmid(f, id));
			continue;
		}
		IPCS_NOTE("%s: slot %d reused after %d creations: id %d, then %d",
		          ipcs_sysv_name(f), slot, tries, old_id, id);
		IPCS_EXPECT_EQ(ipcs_sysv_stat_index(f, slot), id);
		IPCS_EXPECT_NE(id, old_id);
		IPCS_EXPECT_ERRNO(ipcs_sysv_stat(f, old_id, &ds), EINVAL);
		IPCS_EXPECT_OK(ipcs_sysv_stat(f, id, &ds));
		return;
	}
	IPCS_BROKEN("slot %d was not reused in %d creations", slot, MAX_TRIES);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
