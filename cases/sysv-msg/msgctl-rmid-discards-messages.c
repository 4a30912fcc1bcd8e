/*
 * IPC_RMID removes the queue at once, messages and all: its identifier stops
 * working and its key is free again (its /proc/sysvipc/msg row going is
 * proc-sysvipc-msg-tracks-queue's behavior).
 *
 * Ref: msgctl(2) IPC_RMID ("Immediately remove the message queue"); sysvipc(7);
 * POSIX.1-2017 msgctl IPC_RMID ("Remove the message
 * queue identifier specified by msqid from the system and destroy the message
 * queue and msqid_ds data structure associated with it").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_RMID removes the queue and its messages immediately",
          .ref = "msgctl(2) IPC_RMID; POSIX.1-2017 msgctl", .tags = "msgctl,removal");

IPCS_TEST(removal_is_immediate_and_total)
{
	key_t key = ipcs_unique_key();
	int msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_MSG_PUT(msqid, 1, "discarded");
	IPCS_MSG_PUT(msqid, 2, "discarded too");

	IPCS_ASSERT_OK(msgctl(msqid, IPC_RMID, NULL));
	ipcs_untrack(IPCS_OBJ_MSG, msqid, NULL);

	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, IPC_NOWAIT), EINVAL);
	IPCS_EXPECT_ERRNO(msgget(key, 0), ENOENT);

	/* A new queue on the key starts empty. */
	int again = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_MSG_EXPECT_EMPTY(again);
}

IPCS_MAIN(removal_is_immediate_and_total)
