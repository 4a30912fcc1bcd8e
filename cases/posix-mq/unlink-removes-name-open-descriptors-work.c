/*
 * mq_unlink() removes the name at once (a new mq_open of it fails with
 * ENOENT, and the name can be used for a new queue) while descriptors
 * already open on the queue keep working on the old queue.
 *
 * Ref: mq_unlink(3) DESCRIPTION ("The message queue name is removed
 * immediately. The queue itself is destroyed once any other processes that
 * have the queue open close their descriptors"); POSIX.1-2017 mq_unlink
 * ("After a successful call to mq_unlink(), reference to the queue by name
 * shall fail ... If one or more processes have the message queue open when
 * mq_unlink() is called, destruction of the message queue shall be
 * postponed until all references to the message queue have been closed").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_unlink removes the name at once; open descriptors keep working",
          .ref = "mq_unlink(3) DESCRIPTION; POSIX.1-2017 mq_unlink", .features = "mq_open",
          .tags = "mq_unlink,lifetime");

IPCS_TEST(unlinked_queue_still_usable)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	IPCS_MQ_PUT(q, "before", 1);
	IPCS_ASSERT_OK(mq_unlink(name));
	ipcs_untrack(IPCS_OBJ_MQ, 0, name);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENOENT);

	IPCS_EXPECT_OK(mq_send(q, "after", 5, 2));
	IPCS_MQ_EXPECT_RCV(q, "after", 2);
	IPCS_MQ_EXPECT_RCV(q, "before", 1);

	/* The name is free for a new, different queue. */
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	mqd_t fresh;
	IPCS_ASSERT_OK(fresh = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr));
	IPCS_MQ_PUT(q, "old", 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(fresh), 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_MAIN(unlinked_queue_still_usable)
