/*
 * msgctl(IPC_STAT) and msgctl(IPC_SET) with buf pointing at inaccessible
 * memory fail with EFAULT, and the failed IPC_SET changes nothing (not even
 * msg_ctime).
 *
 * Ref: msgctl(2) ERRORS ("EFAULT The argument cmd has the value IPC_SET or
 * IPC_STAT, but the address pointed to by buf isn't accessible."). A libc
 * that converts struct msqid_ds in user space (some 32-bit time64 ABIs)
 * touches buf itself and faults before the kernel is asked: the test then
 * skips, saying so.
 */
#include <signal.h>
#include <sys/wait.h>

#include "ipcsuite_msg.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgctl IPC_STAT and IPC_SET with an inaccessible buf fail with EFAULT",
          .ref = "msgctl(2) ERRORS EFAULT", .tags = "msgctl,errno");

static int msqid;

static void run_in_child(void (*fn)(void *))
{
	pid_t pid = ipcs_spawn(fn, NULL);
	int status = ipcs_wait(pid);
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV)
		IPCS_SKIP("the C library dereferenced buf itself (SIGSEGV before the system call)");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		char how[64];
		IPCS_FAIL("the child calling msgctl %s", ipcs_status_str(status, how, sizeof how));
	}
}

static void stat_bad_buf(void *arg)
{
	(void)arg;
	ipcs_no_core_dump();
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_STAT, ipcs_msg_bad_address()), EFAULT);
}

static void set_bad_buf(void *arg)
{
	(void)arg;
	ipcs_no_core_dump();
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_SET, ipcs_msg_bad_address()), EFAULT);
}

IPCS_TEST(ipc_stat_bad_buf_is_efault)
{
	msqid = ipcs_msg_new();
	run_in_child(stat_bad_buf);
}

IPCS_TEST(ipc_set_bad_buf_is_efault_and_changes_nothing)
{
	msqid = ipcs_msg_new();
	struct msqid_ds before, after;
	IPCS_MSG_STAT(msqid, &before);
	/* A later msg_ctime would show that the set went through. */
	IPCS_WAIT_REALTIME_AFTER(before.msg_ctime);
	run_in_child(set_bad_buf);
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_ctime, before.msg_ctime);
	IPCS_EXPECT_EQ(after.msg_perm.mode, before.msg_perm.mode);
	IPCS_EXPECT_EQ(after.msg_perm.uid, before.msg_perm.uid);
	IPCS_EXPECT_EQ(after.msg_qbytes, before.msg_qbytes);
}

IPCS_MAIN(ipc_stat_bad_buf_is_efault, ipc_set_bad_buf_is_efault_and_changes_nothing)
