/*
 * A file mapping made with PROT_READ | PROT_EXEC runs the code it holds: a
 * second mapping of the program's own text, called at the function's offset,
 * returns the function's value, and /proc/self/maps shows the mapping "r-x".
 *
 * Ref: mmap(2) DESCRIPTION ("PROT_EXEC Pages may be executed"), NOTES
 * ("Portable programs should always set PROT_EXEC if they intend to execute
 * code in the new mapping"); proc(5) /proc/pid/maps ("x = execute").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "code in a PROT_READ | PROT_EXEC file mapping runs, and maps shows r-x",
          .ref = "mmap(2) DESCRIPTION PROT_EXEC, NOTES; proc(5) /proc/pid/maps",
          .tags = "mmap,exec");

IPCS_TEST(exec_mapping_runs_code)
{
	void *map;
	void *fn = ipcs_map_exec_probe(PROT_READ | PROT_EXEC, &map, NULL);
	int got = 0;
	struct ipcs_fault f;
	if (!ipcs_call_code(fn, &got, &f)) {
		IPCS_FAIL("calling the code at %p in the PROT_EXEC mapping raised %s %s at %p", fn,
		          ipcs_signal_name(f.sig), ipcs_si_code_name(f.sig, f.code), f.addr);
		return;
	}
	IPCS_EXPECT_EQ(got, IPCS_EXEC_PROBE_VALUE);
}

IPCS_TEST(maps_shows_execute)
{
	void *map;
	ipcs_map_exec_probe(PROT_READ | PROT_EXEC, &map, NULL);
	struct ipcs_maps_line line;
	IPCS_ASSERT_TRUE(ipcs_maps_find(map, &line));
	IPCS_EXPECT_STREQ(line.perms, "r-xp");
}

IPCS_MAIN(exec_mapping_runs_code, maps_shows_execute)
