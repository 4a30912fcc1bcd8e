/*
 * A read-write shmat() needs both read and write permission, an SHM_RDONLY
 * one only read permission; without them it fails with EACCES and attaches
 * nothing. For the owner its own mode bits decide, even where the group and
 * other bits would allow more.
 *
 * Ref: shmop(2) shmat() ("If SHM_RDONLY is specified in shmflg, the segment
 * is attached for reading and the process must have read permission for the
 * segment. Otherwise the segment is attached for read and write and the
 * process must have read and write permission for the segment"), ERRORS
 * EACCES ("The calling process does not have the required permissions for
 * the requested attach type, and does not have the CAP_IPC_OWNER
 * capability"); POSIX.1-2017 shmat; ipc/util.c ipcperms() (the owner class
 * is chosen first).
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "read-write shmat needs r and w, SHM_RDONLY needs r; else EACCES",
          .ref = "shmop(2) shmat(), ERRORS EACCES; POSIX.1-2017 shmat", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "attach,permissions");

static int shmid, attach_flags; /* read by the child */
static bool attach_allowed;

/* Give the segment to identity 0 with this mode. */
static void own_with_mode(unsigned mode)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ds.shm_perm.mode = mode;
	ipcs_require_mapped(ds.shm_perm.uid, ds.shm_perm.gid);
	IPCS_SAFE(shmctl(shmid, IPC_SET, &ds));
}

/* As identity 0: attach_flags must succeed (then detach) if attach_allowed,
 * else fail with EACCES. */
static void attach_as_owner(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	void *p;
	if (attach_allowed) {
		if (IPCS_EXPECT_OK(p = shmat(shmid, NULL, attach_flags)))
			ipcs_shmdt(p);
	} else {
		IPCS_EXPECT_ERRNO(shmat(shmid, NULL, attach_flags), EACCES);
	}
}

static void check(unsigned mode, int flags, bool allowed)
{
	own_with_mode(mode);
	attach_flags = flags;
	attach_allowed = allowed;
	IPCS_NOTE("mode 0%o, flags 0%o", mode, (unsigned)flags);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(attach_as_owner, NULL), 0);
}

IPCS_TEST(read_write_with_rw)
{
	check(0600, 0, true);
}

IPCS_TEST(read_write_with_read_only_eacces)
{
	check(0466, 0, false);
}

IPCS_TEST(read_write_with_write_only_eacces)
{
	check(0266, 0, false);
}

IPCS_TEST(rdonly_with_read_only)
{
	check(0400, SHM_RDONLY, true);
}

IPCS_TEST(rdonly_with_write_only_eacces)
{
	check(0266, SHM_RDONLY, false);
}

IPCS_MAIN(read_write_with_rw, read_write_with_read_only_eacces, read_write_with_write_only_eacces,
          rdonly_with_read_only, rdonly_with_write_only_eacces)
