/* fake/skip-runtime: every test skipped at run time with # SKIP (reason has an escaped #). */
#include "fake.h"

int main(int argc, char **argv)
{
	META("skip-runtime", 2, 10, "-", "quick", "skips its tests at run time");
	printf("TAP version 13\n1..2\nok 1 - one # SKIP no mqueue \\# here\n"
	       "ok 2 - two # SKIP no mqueue \\# here\n");
	return 0;
}
