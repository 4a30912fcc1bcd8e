/*
 * When several receivers of the same scheduling priority are blocked on an
 * empty queue, each arriving message goes to the one that has waited
 * longest.
 *
 * Ref: mq_receive(3) DESCRIPTION; POSIX.1-2017 mq_send ("If more than one
 * thread is waiting to receive a message when a message arrives at an empty
 * queue and the Priority Scheduling option is supported, then the thread of
 * highest priority that has been waiting the longest shall be selected to
 * receive the message"); ipc/mqueue.c wq_add().
 */
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "blocked receivers of equal priority are served longest-waiting first",
          .ref = "POSIX.1-2017 mq_send, mq_receive; mq_receive(3) DESCRIPTION",
          .features = "mq_open", .tags = "mq_receive,blocking,order");

static mqd_t q;

static void receiver(void *arg)
{
	IPCS_MQ_EXPECT_RCV(q, (const char *)arg, 0);
}

IPCS_TEST(longest_waiting_receiver_first)
{
	if (sysconf(_SC_PRIORITY_SCHEDULING) <= 0)
		IPCS_SKIP("the Priority Scheduling option is not supported here");
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 4, 16);
	pid_t first = ipcs_spawn(receiver, "for-first");
	IPCS_WAIT_IN(first, "mq_receive");
	pid_t second = ipcs_spawn(receiver, "for-second");
	IPCS_WAIT_IN(second, "mq_receive");
	pid_t third = ipcs_spawn(receiver, "for-third");
	IPCS_WAIT_IN(third, "mq_receive");

	IPCS_MQ_PUT(q, "for-first", 0);
	IPCS_EXPECT_CHILD_EXIT(first, 0);
	IPCS_MQ_PUT(q, "for-second", 0);
	IPCS_EXPECT_CHILD_EXIT(second, 0);
	IPCS_MQ_PUT(q, "for-third", 0);
	IPCS_EXPECT_CHILD_EXIT(third, 0);
}

IPCS_MAIN(longest_waiting_receiver_first)
