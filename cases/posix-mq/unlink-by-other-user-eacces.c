/*
 * mq_unlink() by an unprivileged user who does not own the queue fails with
 * EACCES, even when the queue's mode lets that user open it for reading and
 * writing; the queue stays.
 *
 * Ref: mq_unlink(3) ERRORS ("EACCES The caller does not have permission to
 * unlink this message queue"); POSIX.1-2017 mq_unlink ERRORS ("[EACCES]
 * Permission is denied to unlink the named message queue"); the mqueue
 * filesystem root is sticky (mq_overview(7)).
 */
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_unlink by an unprivileged non-owner fails with EACCES",
          .ref = "mq_unlink(3) ERRORS EACCES; POSIX.1-2017 mq_unlink; mq_overview(7)",
          .needs = IPCS_NEEDS_TWO_USERS, .features = "mq_open", .tags = "mq_unlink,permissions");

static char name[IPCS_MQ_NAME_MAX];

static void owner(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	umask(0);
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	mqd_t q = IPCS_SAFE(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0666, &attr));
	IPCS_MQ_PUT(q, "mine", 0);
}

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	mqd_t q;
	IPCS_EXPECT_OK(q = mq_open(name, O_RDWR | O_NONBLOCK)); /* the mode grants this */
	IPCS_EXPECT_ERRNO(mq_unlink(name), EACCES);
	if (q != (mqd_t)-1)
		IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_TEST(non_owner_unlink_eacces)
{
	ipcs_unique_name(name, sizeof name, "owned");       /* chosen here: both children know it */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner, NULL), 0); /* creates and registers it */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	mqd_t q;
	IPCS_EXPECT_OK(q = mq_open(name, O_RDONLY | O_NONBLOCK)); /* still there */
}

IPCS_MAIN(non_owner_unlink_eacces)
