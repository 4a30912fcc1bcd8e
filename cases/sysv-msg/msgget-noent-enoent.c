/*
 * msgget() on a key that has no queue, without IPC_CREAT, fails with ENOENT
 * and creates nothing.
 *
 * Ref: msgget(2) ERRORS ("ENOENT No message queue exists for key and msgflg
 * did not specify IPC_CREAT."); POSIX.1-2017 msgget [ENOENT].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget without IPC_CREAT on a key with no queue fails with ENOENT",
          .ref = "msgget(2) ERRORS; POSIX.1-2017 msgget", .tags = "msgget,errno");

IPCS_TEST(absent_key_is_enoent)
{
	key_t key = ipcs_unique_key();
	IPCS_EXPECT_ERRNO(msgget(key, 0600), ENOENT);
	/* Nothing was created on the way: the key is still free. */
	IPCS_EXPECT_ERRNO(msgget(key, 0), ENOENT);
}

IPCS_MAIN(absent_key_is_enoent)
