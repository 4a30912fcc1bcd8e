/*
 * mlockall() fails with EINVAL for no flags, for an unknown flag, and for
 * MCL_ONFAULT without MCL_CURRENT or MCL_FUTURE; nothing gets locked.
 *
 * Ref: mlock(2) ERRORS ("EINVAL (mlockall()) Unknown flags were specified or
 * MCL_ONFAULT was specified without either MCL_FUTURE or MCL_CURRENT").
 * POSIX.1-2017 mlockall ("[EINVAL] The flags argument is zero, or includes
 * unimplemented flags"). Kernel: mm/mlock.c mlockall() rejects flags == 0.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mlockall fails with EINVAL for zero or unknown flags and for MCL_ONFAULT "
                      "alone",
          .ref = "mlock(2) ERRORS EINVAL; POSIX.1-2017 mlockall", .tags = "mlock,errors");

#ifndef MCL_ONFAULT
#define MCL_ONFAULT 4
#endif
#define UNKNOWN_MCL 0x100

IPCS_TEST(bad_flags_einval)
{
	long before = ipcs_status_kb("VmLck");
	IPCS_EXPECT_ERRNO(mlockall(0), EINVAL);
	IPCS_EXPECT_ERRNO(mlockall(MCL_FUTURE | UNKNOWN_MCL), EINVAL);
	IPCS_EXPECT_ERRNO(mlockall(MCL_ONFAULT), EINVAL);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
}

IPCS_MAIN(bad_flags_einval)
