/*
 * mq_notify() with an unknown sigev_notify, or SIGEV_SIGNAL with an invalid
 * signal number, fails with EINVAL and registers nothing.
 *
 * Ref: mq_notify(3) ERRORS ("EINVAL sevp->sigev_notify is not one of the
 * permitted values; or sevp->sigev_notify is SIGEV_SIGNAL and
 * sevp->sigev_signo is not a valid signal number").
 */
#include <signal.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_notify with a bad sigev_notify or sigev_signo fails with EINVAL",
          .ref = "mq_notify(3) ERRORS EINVAL", .features = "mq_open", .tags = "mq_notify");

static mqd_t q;

static void register_other(void *arg)
{
	(void)arg;
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_EXPECT_OK(mq_notify(q, &none)); /* nothing was registered */
}

IPCS_TEST(bad_sigevent_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	struct sigevent bad = {.sigev_notify = 12345};
	IPCS_EXPECT_ERRNO(mq_notify(q, &bad), EINVAL);
	struct sigevent badsig = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = 4096};
	IPCS_EXPECT_ERRNO(mq_notify(q, &badsig), EINVAL);
	badsig.sigev_signo = -1;
	IPCS_EXPECT_ERRNO(mq_notify(q, &badsig), EINVAL);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(register_other, NULL), 0);
}

IPCS_MAIN(bad_sigevent_einval)
