/*
 * With SIGEV_THREAD, a message arriving on the empty queue runs
 * sigev_notify_function in a new thread with sigev_value as its argument.
 *
 * Ref: mq_notify(3) DESCRIPTION ("SIGEV_THREAD Upon message delivery, invoke
 * sigev_notify_function as if it were the start function of a new
 * thread"); sigevent(7); POSIX.1-2017 mq_notify, 2.4.2 Realtime Signal
 * Generation and Delivery ("SIGEV_THREAD ... The function shall be executed
 * in an environment as if it were the start_routine for a newly created
 * thread with thread attributes specified by sigev_notify_attributes").
 */
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a SIGEV_THREAD notification runs the function with sigev_value",
          .ref = "mq_notify(3) DESCRIPTION; sigevent(7); POSIX.1-2017 mq_notify",
          .features = "mq_open", .tags = "mq_notify,thread");

static int report[2];

static void notified(union sigval sv)
{
	struct {
		int value;
	} r = {sv.sival_int};
	(void)!write(report[1], &r, sizeof r);
}

IPCS_TEST(thread_function_runs_with_value)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	IPCS_SAFE(pipe(report));
	struct sigevent sev = {.sigev_notify = SIGEV_THREAD};
	sev.sigev_notify_function = notified;
	sev.sigev_value.sival_int = 777;
	IPCS_ASSERT_OK(mq_notify(q, &sev));
	IPCS_MQ_PUT(q, "go", 0);

	struct pollfd pfd = {.fd = report[0], .events = POLLIN};
	IPCS_ASSERT_EQ(poll(&pfd, 1, 5000), 1);
	struct {
		int value;
	} r;
	IPCS_ASSERT_EQ(read(report[0], &r, sizeof r), (long)sizeof r);
	IPCS_EXPECT_EQ(r.value, 777);
	IPCS_MQ_EXPECT_RCV(q, "go", 0); /* the notification took no message */
}

IPCS_MAIN(thread_function_runs_with_value)
