/*
 * msgget() fails with ENOSPC when creating a queue would exceed MSGMNI
 * (/proc/sys/kernel/msgmni), read at the time of the call; removing a queue
 * makes room for one again.
 *
 * Ref: msgget(2) ERRORS ("ENOSPC A message queue has to be created but the
 * system limit for the maximum number of message queues (MSGMNI) would be
 * exceeded."); msgctl(2) IPC_INFO ("The msgmni, msgmax, and msgmnb settings
 * can be changed via /proc files of the same name"); proc(5)
 * /proc/sys/kernel/msgmni; POSIX.1-2017 msgget [ENOSPC].
 */
#include <stdio.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget fails with ENOSPC when a new queue would exceed MSGMNI",
          .ref = "msgget(2) ERRORS ENOSPC; proc(5) /proc/sys/kernel/msgmni; POSIX.1-2017 msgget",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "msgget,limits,sysctl,errno");

/* Room for exactly two more queues in this (private) namespace. */
static void limit_to_two_more(void)
{
	struct msginfo info;
	char value[32];

	IPCS_MSG_INFO(MSG_INFO, &info);
	snprintf(value, sizeof value, "%d", info.msgpool + 2);
	ipcs_sysctl_set("/proc/sys/kernel/msgmni", value);
}

IPCS_TEST(msgmni_reached_is_enospc)
{
	limit_to_two_more();
	ipcs_msg_new();
	ipcs_msg_new();
	IPCS_EXPECT_ERRNO(ipcs_msg_try_get(IPC_PRIVATE, IPC_CREAT | 0600), ENOSPC);
	IPCS_EXPECT_ERRNO(ipcs_msg_try_get(ipcs_unique_key(), IPC_CREAT | IPC_EXCL | 0600), ENOSPC);
}

IPCS_TEST(removal_makes_room_again)
{
	limit_to_two_more();
	ipcs_msg_new();
	int second = ipcs_msg_new();
	IPCS_ASSERT_ERRNO(ipcs_msg_try_get(IPC_PRIVATE, IPC_CREAT | 0600), ENOSPC);
	ipcs_msg_rm(second);
	IPCS_EXPECT_OK(ipcs_msg_try_get(IPC_PRIVATE, IPC_CREAT | 0600));
}

IPCS_MAIN(msgmni_reached_is_enospc, removal_makes_room_again)
