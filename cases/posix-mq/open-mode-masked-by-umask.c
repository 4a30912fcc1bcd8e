/*
 * A new queue's permission bits are the mode argument less the bits set in
 * the process umask.
 *
 * Ref: mq_open(3) DESCRIPTION ("The permissions settings are masked against
 * the process umask"); POSIX.1-2017 mq_open ("The permission bits of the
 * message queue shall be set to the value of the mode argument except those
 * set in the file mode creation mask of the process"). The mode is read
 * with fstat() on the descriptor, which on Linux is a file descriptor
 * (mq_overview(7)).
 */
#include <sys/stat.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new queue's mode is the mode argument less the umask bits",
          .ref = "mq_open(3) DESCRIPTION; POSIX.1-2017 mq_open; mq_overview(7)",
          .features = "mq_open", .tags = "mq_open,permissions");

static void check(mode_t mask, mode_t mode)
{
	char name[IPCS_MQ_NAME_MAX];
	umask(mask);
	mqd_t q = ipcs_mq_new_(name, O_RDWR, mode, 1, 8, __FILE__, __LINE__);
	struct stat st;
	IPCS_SAFE(fstat((int)q, &st));
	IPCS_EXPECT_EQ(st.st_mode & 07777, mode & ~mask);
}

IPCS_TEST(umask_022_clears_group_and_other_write)
{
	check(022, 0666);
}

IPCS_TEST(umask_077_leaves_owner_bits)
{
	check(077, 0644);
}

IPCS_TEST(umask_zero_keeps_mode)
{
	check(0, 0642);
}

IPCS_MAIN(umask_022_clears_group_and_other_write, umask_077_leaves_owner_bits,
          umask_zero_keeps_mode)
