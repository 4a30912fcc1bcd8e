/*
 * Of several processes blocked on a queue, the one of higher scheduling
 * priority (lower nice value) is served first, even when it started waiting
 * later: a message arriving at an empty queue goes to that receiver, and
 * room freed in a full queue goes to that sender (kernel).
 *
 * Ref: POSIX.1-2017 mq_send ("the thread of highest priority that has been
 * waiting the longest shall be selected to receive the message"),
 * mq_receive ("the thread of highest priority that has been waiting the
 * longest shall be unblocked to send its message"), for the Priority
 * Scheduling option; the nice value of SCHED_OTHER is no POSIX priority:
 * ipc/mqueue.c wq_add() orders waiters by task->prio, hence level kernel.
 */
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "blocked waiters of higher scheduling priority are served before ones "
                      "that waited longer (kernel)",
          .ref = "POSIX.1-2017 mq_send, mq_receive; ipc/mqueue.c wq_add", .features = "mq_open",
          .tags = "mq_receive,mq_send,blocking,order");

static mqd_t q;

/* The first waiter lowers its own priority (raising nice needs no
 * privilege); the test process keeps its own. */
static void lower_priority(void)
{
	/* getpriority() of this process cannot fail; -1 is a nice value. */
	int nice_now = getpriority(PRIO_PROCESS, 0);
	if (nice_now >= 19)
		IPCS_SKIP("running at nice %d already: no lower priority to take", nice_now);
	IPCS_SAFE(setpriority(PRIO_PROCESS, 0, 19));
}

static void low_receiver(void *arg)
{
	(void)arg;
	lower_priority();
	IPCS_MQ_EXPECT_RCV(q, "second", 0);
}

static void high_receiver(void *arg)
{
	(void)arg;
	IPCS_MQ_EXPECT_RCV(q, "first", 0);
}

IPCS_TEST(higher_priority_receiver_first)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 4, 16);
	pid_t low = ipcs_spawn(low_receiver, NULL);
	IPCS_WAIT_IN(low, "mq_receive");
	pid_t high = ipcs_spawn(high_receiver, NULL);
	IPCS_WAIT_IN(high, "mq_receive");
	/* Each message goes to one waiter at once (ipc/mqueue.c
	 * pipelined_send): no need to let the first one run. */
	IPCS_MQ_PUT(q, "first", 0);
	IPCS_MQ_PUT(q, "second", 0);
	IPCS_EXPECT_CHILD_EXIT(high, 0);
	IPCS_EXPECT_CHILD_EXIT(low, 0);
}

static void sender(void *arg)
{
	if (arg)
		lower_priority();
	IPCS_SAFE(mq_send(q, arg ? "low" : "high", arg ? 3 : 4, 0));
}

IPCS_TEST(higher_priority_sender_first)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "fill", 0);
	pid_t low = ipcs_spawn(sender, "low");
	IPCS_WAIT_IN(low, "mq_send");
	pid_t high = ipcs_spawn(sender, NULL);
	IPCS_WAIT_IN(high, "mq_send");
	IPCS_MQ_EXPECT_RCV(q, "fill", 0); /* one slot free: a sender's message takes it */
	IPCS_MQ_EXPECT_RCV(q, "high", 0);
	IPCS_MQ_EXPECT_RCV(q, "low", 0);
	IPCS_EXPECT_CHILD_EXIT(high, 0);
	IPCS_EXPECT_CHILD_EXIT(low, 0);
}

IPCS_MAIN(higher_priority_receiver_first, higher_priority_sender_first)
