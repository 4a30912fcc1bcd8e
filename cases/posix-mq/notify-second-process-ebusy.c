/*
 * While one process is registered for notification on a queue, another
 * process's mq_notify() registration fails with EBUSY; once the first
 * removes its registration, the other can register.
 *
 * Ref: mq_notify(3) DESCRIPTION ("Only one process can be registered to
 * receive notification from a message queue"), ERRORS ("EBUSY Another
 * process has already registered to receive notification for this message
 * queue"); POSIX.1-2017 mq_notify ERRORS ("[EBUSY] A process is already
 * registered for notification by the message queue").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "mq_notify by a second process fails with EBUSY",
          .ref = "mq_notify(3) DESCRIPTION, ERRORS EBUSY; POSIX.1-2017 mq_notify",
          .features = "mq_open", .tags = "mq_notify");

static mqd_t q;

static void try_register(void *arg)
{
	int want = *(int *)arg;
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2};
	if (want)
		IPCS_EXPECT_ERRNO(mq_notify(q, &sev), want);
	else
		IPCS_EXPECT_OK(mq_notify(q, &sev));
}

IPCS_TEST(second_process_ebusy)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_ASSERT_OK(mq_notify(q, &none));
	int ebusy = EBUSY, ok = 0;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_register, &ebusy), 0);
	IPCS_SAFE(mq_notify(q, NULL));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_register, &ok), 0);
}

IPCS_MAIN(second_process_ebusy)
