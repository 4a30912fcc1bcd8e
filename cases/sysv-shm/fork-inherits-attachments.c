/*
 * A child made by fork() inherits its parent's attachments: shm_nattch
 * counts the child's copy, and the child sees and changes the same memory
 * at the same address.
 *
 * Ref: shmop(2) NOTES ("After a fork(2), the child inherits the attached
 * shared memory segments."); fork(2) ("The child inherits copies of the
 * parent's set of ... attached System V shared memory segments");
 * POSIX.1-2017 fork ("Any shared memory segments attached to the parent
 * process shall be attached to the child process").
 */
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "fork inherits attachments: nattch counts them, memory is shared",
          .ref = "shmop(2) NOTES; fork(2); POSIX.1-2017 fork", .tags = "attach,processes");

static int shmid;
static volatile char *addr;
static int ready[2], done[2];

static void child(void *arg)
{
	(void)arg;
	char c;
	IPCS_EXPECT_EQ(addr[0], 'p'); /* the parent's write, at the same address */
	addr[1] = 'c';
	IPCS_ASSERT_EQ(write(ready[1], "k", 1), 1);
	IPCS_ASSERT_EQ(read(done[0], &c, 1), 1); /* stay attached until told */
}

IPCS_TEST(child_shares_parent_attachment)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	addr = ipcs_shmat(shmid, NULL, 0);
	addr[0] = 'p';
	IPCS_SAFE(pipe(ready));
	IPCS_SAFE(pipe(done));
	pid_t pid = ipcs_spawn(child, NULL);
	close(ready[1]);
	char c;
	IPCS_ASSERT_EQ(read(ready[0], &c, 1), 1);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 2);
	IPCS_EXPECT_EQ(addr[1], 'c');
	IPCS_ASSERT_EQ(write(done[1], "k", 1), 1);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 1);
	ipcs_shmdt((void *)addr);
}

IPCS_MAIN(child_shares_parent_attachment)
