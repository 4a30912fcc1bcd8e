/*
 * Closing the descriptor through which a process registered for
 * notification removes the registration, so another process can register.
 *
 * Ref: POSIX.1-2017 mq_close ("If the process has successfully attached a
 * notification request to the message queue via this mqdes, this attachment
 * shall be removed, and the message queue is available for another process
 * to attach for notification"); mq_close(3) DESCRIPTION ("If the calling
 * process has attached a notification request to this message queue via
 * mqdes, then this request is removed").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_close of the registering descriptor removes the registration",
          .ref = "mq_close(3) DESCRIPTION; POSIX.1-2017 mq_close", .features = "mq_open",
          .tags = "mq_notify,mq_close");

static mqd_t q;

static void try_register(void *arg)
{
	int want = *(int *)arg;
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	if (want)
		IPCS_EXPECT_ERRNO(mq_notify(q, &none), want);
	else
		IPCS_EXPECT_OK(mq_notify(q, &none));
}

IPCS_TEST(close_frees_registration)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	mqd_t reg = IPCS_MQ_OPEN(name, O_RDONLY);
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_ASSERT_OK(mq_notify(reg, &none));
	int ebusy = EBUSY, ok = 0;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_register, &ebusy), 0); /* registered now */
	IPCS_SAFE(mq_close(reg));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_register, &ok), 0);
}

IPCS_MAIN(close_frees_registration)
