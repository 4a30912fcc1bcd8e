/*
 * A queue appears as a file named after it (without the slash) in the
 * mqueue filesystem, with the queue's mode and owner; removing that file
 * unlinks the queue like mq_unlink().
 *
 * Ref: mq_overview(7) Mounting the message queue filesystem ("After the
 * filesystem has been mounted, the message queues on the system can be
 * viewed and manipulated using the commands usually used for files (e.g.,
 * ls(1) and rm(1))").
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a queue is a file in /dev/mqueue, and removing the file unlinks it",
          .ref = "mq_overview(7) Mounting the message queue filesystem", .features = "mq_open",
          .tags = "mqueue-fs,observability,mq_unlink");

IPCS_TEST(queue_listed_with_mode_and_owner)
{
	char name[IPCS_MQ_NAME_MAX], path[256];
	umask(0);
	mqd_t q = ipcs_mq_new_(name, O_RDWR, 0640, 1, 8, __FILE__, __LINE__);
	(void)q;
	snprintf(path, sizeof path, "%s%s", ipcs_mq_dir(), name);
	struct stat st;
	IPCS_ASSERT_OK(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISREG(st.st_mode));
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0640);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
}

IPCS_TEST(removing_file_unlinks_queue)
{
	char name[IPCS_MQ_NAME_MAX], path[256];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 1, 8);
	snprintf(path, sizeof path, "%s%s", ipcs_mq_dir(), name);
	IPCS_ASSERT_OK(unlink(path));
	ipcs_untrack(IPCS_OBJ_MQ, 0, name);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENOENT);
	IPCS_EXPECT_ERRNO(mq_unlink(name), ENOENT);
	IPCS_MQ_PUT(q, "open", 0); /* like mq_unlink: the descriptor still works */
	IPCS_MQ_EXPECT_RCV(q, "open", 0);
}

IPCS_MAIN(queue_listed_with_mode_and_owner, removing_file_unlinks_queue)
