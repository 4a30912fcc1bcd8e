/*
 * mq_receive() returns the length of the message taken and, when msg_prio
 * is not NULL, stores its priority there; a NULL msg_prio is allowed.
 *
 * Ref: mq_receive(3) DESCRIPTION ("If msg_prio is not NULL, then the buffer
 * to which it points is used to return the priority associated with the
 * received message"), RETURN VALUE ("return the number of bytes in the
 * received message"); POSIX.1-2017 mq_receive.
 */
#include <string.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_receive returns the message length and stores its priority",
          .ref = "mq_receive(3) DESCRIPTION, RETURN VALUE; POSIX.1-2017 mq_receive",
          .features = "mq_open", .tags = "mq_receive,priority");

IPCS_TEST(length_and_priority_returned)
{
	char name[IPCS_MQ_NAME_MAX], buf[64];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, sizeof buf);
	IPCS_MQ_PUT(q, "seventeen bytes!!", 17);
	unsigned prio = 12345;
	memset(buf, 0, sizeof buf);
	IPCS_EXPECT_EQ(mq_receive(q, buf, sizeof buf, &prio), 17);
	IPCS_EXPECT_EQ(prio, 17);
	IPCS_EXPECT_MEMEQ(buf, "seventeen bytes!!", 17);
}

IPCS_TEST(null_priority_pointer_accepted)
{
	char name[IPCS_MQ_NAME_MAX], buf[64];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, sizeof buf);
	IPCS_MQ_PUT(q, "abc", 3);
	IPCS_EXPECT_EQ(mq_receive(q, buf, sizeof buf, NULL), 3);
	IPCS_EXPECT_MEMEQ(buf, "abc", 3);
}

IPCS_MAIN(length_and_priority_returned, null_priority_pointer_accepted)
