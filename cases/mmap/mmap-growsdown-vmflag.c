/*
 * mmap() with MAP_GROWSDOWN makes a mapping marked as a stack that grows
 * down: its smaps VmFlags list "gd", which a plain mapping's do not. (Noted
 * only: how far such a mapping grows depends on the stack guard gap and is
 * not tested.)
 *
 * Ref: mmap(2) MAP_GROWSDOWN ("This flag is used for stacks. It indicates to
 * the kernel virtual memory system that the mapping should extend downward
 * in memory"); proc(5) /proc/pid/smaps VmFlags ("gd - stack segment grows
 * down").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a MAP_GROWSDOWN mapping carries the gd (grows down) VmFlag",
          .ref = "mmap(2) MAP_GROWSDOWN; proc(5) smaps VmFlags", .tags = "mmap,proc");

IPCS_TEST(growsdown_flag_set)
{
	size_t len = 4 * ipcs_page_size();
	/* PROT_READ only for the plain one: the two never merge into one entry. */
	char *plain = ipcs_map_anon(len, PROT_READ, MAP_PRIVATE);
	char *stack = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_GROWSDOWN);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(plain, "gd")); /* the control */
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(stack + len - 1, "gd"));
}

IPCS_MAIN(growsdown_flag_set)
