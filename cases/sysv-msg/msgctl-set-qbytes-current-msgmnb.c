/*
 * IPC_SET without CAP_SYS_RESOURCE may raise msg_qbytes only up to MSGMNB as
 * /proc/sys/kernel/msgmnb holds it at the time of the call: after msgmnb is
 * lowered, raising to the new msgmnb works and one byte more fails with
 * EPERM, even though that is below the queue's original msg_qbytes.
 *
 * Ref: msgctl(2) IPC_SET ("Appropriate privilege (Linux: the
 * CAP_SYS_RESOURCE capability) is required to raise the msg_qbytes value
 * beyond the system parameter MSGMNB"), ERRORS EPERM; msgop(2) NOTES MSGMNB
 * ("can be read and modified via /proc/sys/kernel/msgmnb"); ipc/msg.c
 * msgctl_down() compares with the namespace's current msg_ctlmnb.
 */
#include <stdio.h>

#include "ipcsuite_keys.h" /* ipcs_drop_effective_cap */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_SET beyond the current msgmnb fails with EPERM without "
                      "CAP_SYS_RESOURCE",
          .ref = "msgctl(2) IPC_SET, ERRORS EPERM; msgop(2) NOTES MSGMNB",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "msgctl,limits,sysctl,errno");

IPCS_TEST(limit_is_msgmnb_at_call_time)
{
	/* With CAP_SYS_RESOURCE any raise is allowed: give it up (this test's
	 * process only), as a full root (a VM's init) holds it. */
	if (ipcs_have_cap(IPCS_CAP_SYS_RESOURCE))
		ipcs_drop_effective_cap(IPCS_CAP_SYS_RESOURCE);
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	int msqid = ipcs_msg_new();
	long lowered = lim.msgmnb / 2;
	char value[32];
	snprintf(value, sizeof value, "%ld", lowered);
	ipcs_sysctl_set("/proc/sys/kernel/msgmnb", value);

	IPCS_MSG_SET_QBYTES(msqid, (unsigned long)lowered / 2);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_qbytes = (msglen_t)lowered + 1;
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_SET, &ds), EPERM);
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, lowered / 2);
	ds.msg_qbytes = (msglen_t)lowered;
	IPCS_EXPECT_OK(msgctl(msqid, IPC_SET, &ds));
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, lowered);
}

IPCS_MAIN(limit_is_msgmnb_at_call_time)
