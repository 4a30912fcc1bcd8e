/*
 * msgrcv() with MSG_COPY and a msgsz shorter than the message fails and
 * leaves the queue as it was: with E2BIG without MSG_NOERROR, as the page
 * says; and with EINVAL when MSG_NOERROR is added, where the page promises a
 * truncated copy -- Linux refuses to copy more than msgsz bytes instead
 * (ipc/msgutil.c copy_msg() returns -EINVAL when the message is larger than
 * the copy buffer). The kernel's behavior is what is tested.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If the message text has length
 * greater than msgsz ... If MSG_NOERROR is specified, then the message text
 * will be truncated ...; if MSG_NOERROR is not specified, then the message
 * isn't removed from the queue and the system call fails returning -1 with
 * errno set to E2BIG"), MSG_COPY; ipc/msg.c do_msgrcv(), ipc/msgutil.c
 * copy_msg(). Linux-specific; needs CONFIG_CHECKPOINT_RESTORE.
 */
#include <string.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "MSG_COPY into a short buffer: E2BIG, and EINVAL (not truncation) with "
                      "MSG_NOERROR (kernel differs from msgop(2))",
          .ref = "msgop(2) DESCRIPTION msgrcv, MSG_COPY; ipc/msgutil.c copy_msg",
          .features = "msg_copy", .min_kernel = "3.8", .tags = "msgrcv,msg_copy,linux-specific");

#ifdef HAVE_MSG_COPY
static void expect_short_copy_fails(int extra_flags, int want)
{
	ipcs_msg_require_copy();
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 3, "longer than four");
	struct ipcs_msgbuf msg;
	memset(&msg, 0x5a, sizeof msg);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, 4, 0, MSG_COPY | IPC_NOWAIT | extra_flags), want);
	IPCS_MSG_EXPECT_QUEUE(msqid, {3, "longer than four"});
}

IPCS_TEST(short_copy_is_e2big)
{
	expect_short_copy_fails(0, E2BIG);
}

IPCS_TEST(short_copy_with_noerror_is_einval)
{
	expect_short_copy_fails(MSG_NOERROR, EINVAL);
}
#else
IPCS_TEST(short_copy_is_e2big)
{
	IPCS_SKIP("built without MSG_COPY");
}
IPCS_TEST(short_copy_with_noerror_is_einval)
{
	IPCS_SKIP("built without MSG_COPY");
}
#endif

IPCS_MAIN(short_copy_is_e2big, short_copy_with_noerror_is_einval)
