/*
 * Writing msg_max or msg_default outside 1..65536 (HARD_MSGMAX), or
 * msgsize_max or msgsize_default outside 128..16777216 (HARD_MSGSIZEMAX), to
 * /proc/sys/fs/mqueue fails with EINVAL and leaves the value unchanged; the
 * bounds themselves are accepted.
 *
 * Ref: mq_overview(7) /proc interfaces (msg_max: "The minimum value is 1 ...
 * The upper limit is HARD_MSGMAX ... Since Linux 3.5: 65,536"; msgsize_max:
 * "The minimum value is 128 ... Since Linux 3.5, the limit is 16,777,216
 * (HARD_MSGSIZEMAX)"; msg_default, msgsize_default: "The minimum and
 * maximum are as for" msg_max, msgsize_max); ipc/mq_sysctl.c
 * (proc_dointvec_minmax). The errno of a rejected write is the kernel's
 * (proc_dointvec_minmax), hence level kernel.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "/proc/sys/fs/mqueue refuses values outside the documented range with "
                      "EINVAL (kernel)",
          .ref = "mq_overview(7) /proc interfaces; ipc/mq_sysctl.c", .features = "mq_open",
          .min_kernel = "3.5", .tags = "sysctl,limits");

static ssize_t write_limit(const char *file, long value)
{
	char path[128], text[32];
	snprintf(path, sizeof path, IPCS_MQ_SYSCTL "%s", file);
	snprintf(text, sizeof text, "%ld", value);
	int fd = (int)IPCS_SAFE(open(path, O_WRONLY | O_CLOEXEC));
	ssize_t n = write(fd, text, strlen(text));
	int err = errno;
	close(fd);
	errno = err;
	return n;
}

static void check_range(const char *file, long min, long max)
{
	IPCS_MQ_SET_LIMIT(file, min + 1); /* a value that is neither bound */
	IPCS_EXPECT_ERRNO(write_limit(file, min - 1), EINVAL);
	IPCS_EXPECT_ERRNO(write_limit(file, max + 1), EINVAL);
	IPCS_EXPECT_EQ(ipcs_mq_limit(file), min + 1);
	IPCS_EXPECT_OK(write_limit(file, min));
	IPCS_EXPECT_EQ(ipcs_mq_limit(file), min);
	IPCS_EXPECT_OK(write_limit(file, max));
	IPCS_EXPECT_EQ(ipcs_mq_limit(file), max);
}

IPCS_TEST(msg_max_range)
{
	ipcs_mq_enter_new_ipc_ns();
	check_range("msg_max", 1, 65536);
}

IPCS_TEST(msgsize_max_range)
{
	ipcs_mq_enter_new_ipc_ns();
	check_range("msgsize_max", 128, 16777216);
}

IPCS_TEST(msg_default_range)
{
	ipcs_mq_enter_new_ipc_ns();
	check_range("msg_default", 1, 65536);
}

IPCS_TEST(msgsize_default_range)
{
	ipcs_mq_enter_new_ipc_ns();
	check_range("msgsize_default", 128, 16777216);
}

IPCS_MAIN(msg_max_range, msgsize_max_range, msg_default_range, msgsize_default_range)
