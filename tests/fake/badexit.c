/* fake/badexit: every test ok, but exits 1. */
#include "fake.h"

int main(int argc, char **argv)
{
	META("badexit", 1, 10, "-", "quick,bad-tap", "exit status contradicts its TAP");
	printf("TAP version 13\n1..1\nok 1 - one\n");
	return 1;
}
