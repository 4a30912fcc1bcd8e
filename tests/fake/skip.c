/* fake/skip: the whole case is skipped (plan 1..0 # SKIP, exit 4). */
#include "fake.h"

int main(int argc, char **argv)
{
	META("skip", 1, 10, "cap=CAP_FAKE", "quick", "skips as a whole");
	printf("TAP version 13\n1..0 # SKIP needs CAP_FAKE to do its thing\n");
	return 4;
}
