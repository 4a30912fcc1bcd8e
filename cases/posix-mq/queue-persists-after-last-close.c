/*
 * A queue that is not unlinked outlives its last descriptor, with its
 * messages: opening the name again finds them.
 *
 * Ref: mq_overview(7) Persistence ("POSIX message queues have kernel
 * persistence: if not removed by mq_unlink(3), a message queue will exist
 * until the system is shut down"); mq_close(3) DESCRIPTION.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a queue and its messages survive the close of every descriptor",
          .ref = "mq_overview(7) Persistence; mq_close(3)", .features = "mq_open",
          .tags = "mq_close,lifetime");

static char name[IPCS_MQ_NAME_MAX];

static void sender(void *arg)
{
	(void)arg;
	mqd_t q = IPCS_MQ_OPEN(name, O_WRONLY);
	IPCS_MQ_PUT(q, "kept", 6);
	IPCS_SAFE(mq_close(q)); /* and the process exits */
}

IPCS_TEST(messages_survive_last_close)
{
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	IPCS_SAFE(mq_close(q));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(sender, NULL), 0);
	/* No descriptor is open anywhere now. */
	mqd_t again;
	IPCS_ASSERT_OK(again = ipcs_mq_try_open(name, O_RDONLY | O_NONBLOCK, 0, NULL));
	IPCS_MQ_EXPECT_RCV(again, "kept", 6);
}

IPCS_MAIN(messages_survive_last_close)
