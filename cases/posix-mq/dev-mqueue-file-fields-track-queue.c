/*
 * A queue's file in the mqueue filesystem shows QSIZE, the bytes of data in
 * all its messages, and NOTIFY_PID, NOTIFY and SIGNO describing the current
 * notification registration; the fields follow the queue.
 *
 * Ref: mq_overview(7) Mounting the message queue filesystem ("The contents
 * of each file in the directory consist of a single line containing
 * information about the queue ... QSIZE Number of bytes of data in all
 * messages in the queue ... NOTIFY_PID If this is nonzero, then the process
 * with this PID has used mq_notify(3) ... NOTIFY Notification method: 0 is
 * SIGEV_SIGNAL; 1 is SIGEV_NONE; and 2 is SIGEV_THREAD. SIGNO Signal number
 * to be used for SIGEV_SIGNAL"; BUGS: QSIZE counts only user data again
 * since Linux 4.2).
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "the /dev/mqueue file shows QSIZE and the notification fields as they change",
          .ref = "mq_overview(7) Mounting the message queue filesystem, BUGS",
          .features = "mq_open", .min_kernel = "4.2", .tags = "mqueue-fs,observability");

IPCS_TEST(qsize_tracks_message_bytes)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 64);
	struct ipcs_mq_file f;
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.qsize, 0);
	IPCS_MQ_PUT(q, "12345", 0);
	IPCS_MQ_PUT(q, "1234567890123", 3);
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.qsize, 18);
	IPCS_MQ_EXPECT_RCV(q, "1234567890123", 3);
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.qsize, 5);
}

IPCS_TEST(notify_fields_track_registration)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 64);
	struct ipcs_mq_file f;
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.notify_pid, 0);

	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2};
	IPCS_ASSERT_OK(mq_notify(q, &sev));
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.notify_pid, getpid());
	IPCS_EXPECT_EQ(f.notify, 0); /* SIGEV_SIGNAL */
	IPCS_EXPECT_EQ(f.signo, SIGUSR2);
	IPCS_SAFE(mq_notify(q, NULL));

	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_ASSERT_OK(mq_notify(q, &none));
	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.notify_pid, getpid());
	IPCS_EXPECT_EQ(f.notify, 1); /* SIGEV_NONE */
	IPCS_SAFE(mq_notify(q, NULL));

	IPCS_ASSERT_TRUE(IPCS_MQ_FILE_READ(name, &f));
	IPCS_EXPECT_EQ(f.notify_pid, 0);
}

IPCS_MAIN(qsize_tracks_message_bytes, notify_fields_track_registration)
