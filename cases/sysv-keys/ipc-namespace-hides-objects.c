/*
 * A process in a new IPC namespace sees none of the old namespace's
 * objects: their keys are not found (ENOENT) and may be created afresh,
 * their ids are invalid (EINVAL); the originals are untouched.
 *
 * Ref: ipc_namespaces(7) ("Each IPC namespace has its own set of System V
 * IPC identifiers ... Objects created in an IPC namespace are visible to
 * all other processes that are members of that namespace, but are not
 * visible to processes in other IPC namespaces"); unshare(2)
 * CLONE_NEWIPC; sysvipc(7).
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new IPC namespace hides the old namespace's keys and ids",
          .ref = "ipc_namespaces(7); unshare(2) CLONE_NEWIPC; sysvipc(7)",
          .tags = "keys,namespaces");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int outer_id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0600);
	/* The test process itself moves (a skip in a child would read as a
	 * failure); the case's main process, which removes what the test
	 * registered, stays in the original namespace. */
	ipcs_enter_new_ipc_ns();
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_ERRNO(ipcs_sysv_get(f, key, 0), ENOENT);
	IPCS_EXPECT_ERRNO(ipcs_sysv_stat(f, outer_id, &ds), EINVAL);
	/* Not registered: it dies with this namespace. */
	IPCS_EXPECT_OK(ipcs_sysv_get(f, key, IPC_CREAT | IPC_EXCL | 0600));
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
