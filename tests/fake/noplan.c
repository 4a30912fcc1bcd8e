/* fake/noplan: results but never a plan. */
#include "fake.h"

int main(int argc, char **argv)
{
	META("noplan", 2, 10, "-", "quick,bad-tap", "has no plan");
	printf("TAP version 13\nok 1 - one\nok 2 - two\n");
	return 0;
}
