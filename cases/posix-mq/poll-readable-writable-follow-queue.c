/*
 * poll() on a queue descriptor reports POLLIN when the queue holds a
 * message and POLLOUT when it has room: an empty queue is only writable, a
 * full one only readable.
 *
 * Ref: mq_overview(7) Linux implementation of message queue descriptors
 * ("a message queue descriptor is actually a file descriptor ... This means
 * that a message queue descriptor can be monitored using select(2),
 * poll(2), or epoll(7)"); ipc/mqueue.c mqueue_poll_file().
 */
#include <poll.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "poll on a queue descriptor says readable when non-empty, writable when "
                      "not full",
          .ref = "mq_overview(7) Linux implementation of message queue descriptors",
          .features = "mq_open", .tags = "poll,observability");

static short ready(mqd_t q)
{
	struct pollfd pfd = {.fd = (int)q, .events = POLLIN | POLLOUT};
	IPCS_SAFE(poll(&pfd, 1, 0));
	return pfd.revents & (POLLIN | POLLOUT);
}

IPCS_TEST(poll_follows_fill_and_drain)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 8);
	IPCS_EXPECT_EQ(ready(q), POLLOUT);
	IPCS_MQ_PUT(q, "a", 0);
	IPCS_EXPECT_EQ(ready(q), POLLIN | POLLOUT);
	IPCS_MQ_PUT(q, "b", 0);
	IPCS_EXPECT_EQ(ready(q), POLLIN);
	IPCS_MQ_EXPECT_RCV(q, "a", 0);
	IPCS_EXPECT_EQ(ready(q), POLLIN | POLLOUT);
	IPCS_MQ_EXPECT_RCV(q, "b", 0);
	IPCS_EXPECT_EQ(ready(q), POLLOUT);
}

static mqd_t shared;

static void poller(void *arg)
{
	(void)arg;
	struct pollfd pfd = {.fd = (int)shared, .events = POLLIN};
	IPCS_EXPECT_EQ(poll(&pfd, 1, 5000), 1);
	IPCS_EXPECT_EQ(pfd.revents & POLLIN, POLLIN);
}

IPCS_TEST(poll_wakes_when_message_arrives)
{
	char name[IPCS_MQ_NAME_MAX];
	shared = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 8);
	pid_t pid = ipcs_spawn(poller, NULL);
	IPCS_WAIT_IN(pid, "poll"); /* asleep on the empty queue */
	IPCS_MQ_PUT(shared, "wake", 0);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(poll_follows_fill_and_drain, poll_wakes_when_message_arrives)
