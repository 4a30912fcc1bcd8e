/*
 * msgget() with IPC_CREAT | IPC_EXCL on a key that already has a queue fails
 * with EEXIST and leaves that queue alone.
 *
 * Ref: msgget(2) DESCRIPTION ("If msgflg specifies both IPC_CREAT and
 * IPC_EXCL and a message queue already exists for key, then msgget() fails
 * with errno set to EEXIST."), ERRORS EEXIST; POSIX.1-2017 msgget [EEXIST].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget with IPC_CREAT|IPC_EXCL on an existing key fails with EEXIST",
          .ref = "msgget(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgget", .tags = "msgget,errno");

IPCS_TEST(existing_key_is_eexist)
{
	key_t key = ipcs_unique_key();
	int msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_MSG_PUT(msqid, 1, "kept");

	IPCS_EXPECT_ERRNO(msgget(key, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "kept"});
}

IPCS_MAIN(existing_key_is_eexist)
