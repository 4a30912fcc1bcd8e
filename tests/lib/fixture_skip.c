/*
 * A case whose requirements cannot be met: the whole case skips (exit 4).
 * Ref: docs/case-protocol.md
 */
#include "ipcsuite.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "lib fixture: unmet requirement",
          .ref = "docs/case-protocol.md", .caps = IPCS_CAP(62), .tags = "fixture");

IPCS_TEST(never_runs)
{
	IPCS_FAIL("a test of a skipped case ran");
}

IPCS_MAIN(never_runs)
