/* fake/broken: its only test could not be set up (outcome: broken). */
#include "fake.h"

int main(int argc, char **argv)
{
	META("broken", 1, 10, "-", "quick", "breaks in setup");
	printf("TAP version 13\n1..1\nnot ok 1 - creates_queue\n"
	       "  ---\n"
	       "  outcome: broken\n"
	       "  message: \"msgget failed\"\n"
	       "  errno: \"ENOSPC\"\n"
	       "  ...\n");
	return 1;
}
