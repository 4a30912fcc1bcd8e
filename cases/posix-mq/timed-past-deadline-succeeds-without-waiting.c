/*
 * mq_timedreceive() with a deadline already past still takes a message that
 * is waiting, and mq_timedsend() with a past deadline still queues into a
 * queue with room: the timeout only ends a wait.
 *
 * Ref: POSIX.1-2017 mq_timedreceive ("Under no circumstance shall the
 * operation fail with a timeout if a message can be removed from the
 * message queue immediately"), mq_timedsend ("Under no circumstance shall
 * the operation fail with a timeout if there is sufficient room in the
 * queue to add the message immediately"); mq_receive(3), mq_send(3)
 * DESCRIPTION.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a timed call with a past deadline succeeds when it need not wait",
          .ref = "POSIX.1-2017 mq_timedreceive, mq_timedsend; mq_receive(3), mq_send(3)",
          .features = "mq_open", .tags = "mq_timedreceive,mq_timedsend,timeout");

IPCS_TEST(receive_with_message_waiting)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, sizeof buf);
	IPCS_MQ_PUT(q, "ready", 4);
	struct timespec past = ipcs_deadline_ms(CLOCK_REALTIME, -1000);
	unsigned prio = 0;
	IPCS_EXPECT_EQ(mq_timedreceive(q, buf, sizeof buf, &prio, &past), 5);
	IPCS_EXPECT_EQ(prio, 4);
	IPCS_EXPECT_MEMEQ(buf, "ready", 5);
}

IPCS_TEST(send_with_room)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, 16);
	struct timespec past = ipcs_deadline_ms(CLOCK_REALTIME, -1000);
	IPCS_EXPECT_OK(mq_timedsend(q, "room", 4, 1, &past));
	IPCS_MQ_EXPECT_RCV(q, "room", 1);
}

IPCS_MAIN(receive_with_message_waiting, send_with_room)
