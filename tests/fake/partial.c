/* fake/partial: plans 3 tests, reports 2, exits 0. */
#include "fake.h"

int main(int argc, char **argv)
{
	META("partial", 3, 10, "-", "quick,bad-tap", "stops early");
	printf("TAP version 13\n1..3\nok 1 - one\nok 2 - two\n");
	return 0;
}
