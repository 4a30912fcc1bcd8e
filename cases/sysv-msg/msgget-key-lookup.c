/*
 * msgget() on the key of an existing queue, without IPC_CREAT (or with
 * IPC_CREAT alone), returns that queue's identifier instead of a new queue.
 *
 * Ref: msgget(2) DESCRIPTION ("returns the System V message queue identifier
 * associated with the value of the key argument. It may be used either to
 * obtain the identifier of a previously created message queue ..."); POSIX.1-2017
 * msgget.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget on an existing key returns the existing queue's identifier",
          .ref = "msgget(2) DESCRIPTION; POSIX.1-2017 msgget", .tags = "msgget");

IPCS_TEST(existing_key_gives_same_queue)
{
	key_t key = ipcs_unique_key();
	int msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_MSG_PUT(msqid, 1, "marker");

	IPCS_EXPECT_EQ(msgget(key, 0), msqid);
	IPCS_EXPECT_EQ(msgget(key, IPC_CREAT | 0600), msqid);
	/* The same queue, not a new empty one. */
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "marker"});
}

IPCS_MAIN(existing_key_gives_same_queue)
