/*
 * mprotect() adding PROT_EXEC to a PROT_READ file mapping makes its code
 * runnable: before, a call into it raises SIGSEGV SEGV_ACCERR at the
 * function's address (where PROT_READ does not imply PROT_EXEC); after, the
 * call returns the function's value.
 *
 * Ref: mprotect(2) DESCRIPTION ("PROT_EXEC The memory can be executed"; "If
 * the calling process tries to access memory in a manner that violates the
 * protections, then the kernel generates a SIGSEGV signal"), NOTES ("Whether
 * PROT_EXEC has any effect different from PROT_READ depends on processor
 * architecture, kernel version, and process state. If READ_IMPLIES_EXEC is
 * set in the process's personality flags (see personality(2)), specifying
 * PROT_READ will implicitly add PROT_EXEC"); sigaction(2) SEGV_ACCERR. The
 * refusal before mprotect is checked only on x86-64 and AArch64 (which have
 * a no-execute page bit) without READ_IMPLIES_EXEC.
 */
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mprotect adding PROT_EXEC makes a PROT_READ mapping's code run; before, "
                      "a call faults with SEGV_ACCERR",
          .ref = "mprotect(2) DESCRIPTION PROT_EXEC, NOTES; sigaction(2) SEGV_ACCERR",
          .tags = "mprotect,exec,sigsegv");

static void require_no_read_implies_exec(void)
{
#if !defined(__x86_64__) && !defined(__aarch64__)
	IPCS_SKIP("whether PROT_READ implies PROT_EXEC depends on the architecture "
	          "(checked on x86-64 and AArch64 only)");
#endif
	int persona = personality(0xffffffff);
	if (persona == -1)
		IPCS_BROKEN_ERRNO("personality(0xffffffff)");
	if (persona & READ_IMPLIES_EXEC)
		IPCS_SKIP("READ_IMPLIES_EXEC is set in this process's personality");
}

IPCS_TEST(read_only_call_faults)
{
	require_no_read_implies_exec();
	void *map;
	void *fn = ipcs_map_exec_probe(PROT_READ, &map, NULL);
	int got = 0;
	struct ipcs_fault f;
	if (ipcs_call_code(fn, &got, &f)) {
		IPCS_FAIL("the code at %p in a PROT_READ mapping ran (returned %#x)", fn, got);
		return;
	}
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, fn);
}

IPCS_TEST(added_exec_runs_code)
{
	void *map;
	size_t len;
	void *fn = ipcs_map_exec_probe(PROT_READ, &map, &len);
	IPCS_ASSERT_OK(mprotect(map, len, PROT_READ | PROT_EXEC));
	int got = 0;
	struct ipcs_fault f;
	if (!ipcs_call_code(fn, &got, &f)) {
		IPCS_FAIL("after mprotect(PROT_READ | PROT_EXEC) the call at %p raised %s %s at %p",
		          fn, ipcs_signal_name(f.sig), ipcs_si_code_name(f.sig, f.code), f.addr);
		return;
	}
	IPCS_EXPECT_EQ(got, IPCS_EXEC_PROBE_VALUE);
}

IPCS_MAIN(read_only_call_faults, added_exec_runs_code)
