/*
 * With kernel.shm_rmid_forced = 1, a segment with no attachment is
 * destroyed when the process that created it exits, and setting the sysctl
 * to 1 destroys existing unattached segments whose creator is gone; with 0
 * they survive.
 *
 * Ref: proc(5) /proc/sys/kernel/shm_rmid_forced ("If this file is set to 1,
 * all System V shared memory segments will be marked for destruction as
 * soon as the number of attached processes falls to zero ... [it] also
 * affects segments that were created, but never attached ... Setting this
 * file to 1 ... for segments which have no attached processes, [they] are
 * destroyed immediately"); shmctl(2) IPC_RMID; ipc/shm.c exit_shm(),
 * shm_destroy_orphaned().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shm_rmid_forced=1 destroys unattached segments of exited creators",
          .ref = "proc(5) shm_rmid_forced; ipc/shm.c exit_shm(), shm_destroy_orphaned()",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "removal,sysctl");

static int made_by_exited_child(void)
{
	/* The child's id reaches us through a segment the parent made. */
	int box = ipcs_shm_new(ipcs_page_size());
	int *slot = ipcs_shmat(box, NULL, 0);
	*slot = -1;
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		*slot = shmget(IPC_PRIVATE, ipcs_page_size(), IPC_CREAT | 0600);
		ipcs_child_exit();
	}
	IPCS_ASSERT_TRUE(IPCS_EXPECT_CHILD_EXIT(pid, 0));
	int id = *slot;
	ipcs_shmdt(slot);
	if (id == -1)
		IPCS_BROKEN("the child could not create a segment");
	ipcs_track(IPCS_OBJ_SHM, id, NULL);
	return id;
}

IPCS_TEST(forced_destroys_at_creator_exit)
{
	ipcs_sysctl_set("/proc/sys/kernel/shm_rmid_forced", "1");
	int id = made_by_exited_child();
	IPCS_EXPECT_TRUE(!ipcs_shm_id_exists(id));
}

IPCS_TEST(unforced_keeps_then_setting_destroys)
{
	ipcs_sysctl_set("/proc/sys/kernel/shm_rmid_forced", "0");
	int id = made_by_exited_child();
	IPCS_EXPECT_TRUE(ipcs_shm_id_exists(id));
	/* An attached segment is not destroyed by the switch, only later. */
	int attached = ipcs_shm_new(ipcs_page_size());
	void *p = ipcs_shmat(attached, NULL, 0);
	ipcs_sysctl_set("/proc/sys/kernel/shm_rmid_forced", "1");
	IPCS_EXPECT_TRUE(!ipcs_shm_id_exists(id));
	IPCS_EXPECT_TRUE(ipcs_shm_id_exists(attached));
	ipcs_shmdt(p);
	IPCS_EXPECT_TRUE(!ipcs_shm_id_exists(attached)); /* last detach, forced */
}

IPCS_MAIN(forced_destroys_at_creator_exit, unforced_keeps_then_setting_destroys)
