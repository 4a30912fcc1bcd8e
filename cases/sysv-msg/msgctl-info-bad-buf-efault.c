/*
 * msgctl(IPC_INFO) and msgctl(MSG_INFO) with buf pointing at inaccessible
 * memory fail with EFAULT. msgctl(2) lists EFAULT only for IPC_SET and
 * IPC_STAT; Linux copies struct msginfo out with copy_to_user() and returns
 * -EFAULT when that fails (ipc/msg.c ksys_msgctl()): the kernel's behavior
 * is tested.
 *
 * Ref: msgctl(2) IPC_INFO, MSG_INFO, ERRORS EFAULT ("the address pointed to
 * by buf isn't accessible"); ipc/msg.c ksys_msgctl(). Linux-specific.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior =
              "(kernel) msgctl IPC_INFO and MSG_INFO with an inaccessible buf fail with EFAULT",
          .ref = "msgctl(2) IPC_INFO, MSG_INFO, ERRORS EFAULT; ipc/msg.c ksys_msgctl",
          .tags = "msgctl,msg-info,errno,linux-specific");

IPCS_TEST(ipc_info_bad_buf_is_efault)
{
	IPCS_EXPECT_ERRNO(msgctl(0, IPC_INFO, ipcs_msg_bad_address()), EFAULT);
}

IPCS_TEST(msg_info_bad_buf_is_efault)
{
	IPCS_EXPECT_ERRNO(msgctl(0, MSG_INFO, ipcs_msg_bad_address()), EFAULT);
}

IPCS_MAIN(ipc_info_bad_buf_is_efault, msg_info_bad_buf_is_efault)
