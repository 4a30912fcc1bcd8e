/*
 * mq_send() on a descriptor opened only for reading, and mq_receive() on
 * one opened only for writing, fail with EBADF; a descriptor that is no
 * queue fails likewise.
 *
 * Ref: mq_send(3) ERRORS ("EBADF The descriptor specified in mqdes was
 * invalid or not opened for writing"); mq_receive(3) ERRORS ("... not
 * opened for reading"); POSIX.1-2017 mq_send, mq_receive ERRORS [EBADF].
 */
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "send on a read-only and receive on a write-only descriptor fail with EBADF",
          .ref = "mq_send(3), mq_receive(3) ERRORS EBADF; POSIX.1-2017 mq_send, mq_receive",
          .features = "mq_open", .tags = "mq_send,mq_receive,descriptor");

IPCS_TEST(send_on_read_only_ebadf)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	mqd_t ro = IPCS_MQ_OPEN(name, O_RDONLY | O_NONBLOCK);
	IPCS_EXPECT_ERRNO(mq_send(ro, "x", 1, 0), EBADF);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
}

IPCS_TEST(receive_on_write_only_ebadf)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, sizeof buf);
	IPCS_MQ_PUT(q, "stay", 0);
	mqd_t wo = IPCS_MQ_OPEN(name, O_WRONLY | O_NONBLOCK);
	IPCS_EXPECT_ERRNO(mq_receive(wo, buf, sizeof buf, NULL), EBADF);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_TEST(closed_descriptor_ebadf)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, sizeof buf);
	IPCS_SAFE(mq_close(q));
	IPCS_EXPECT_ERRNO(mq_send(q, "x", 1, 0), EBADF);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EBADF);
}

IPCS_MAIN(send_on_read_only_ebadf, receive_on_write_only_ebadf, closed_descriptor_ebadf)
