/* fake/pass: two passing tests, exit 0. */
#include <stdlib.h>

#define FAKE_LEVEL "posix"
#include "fake.h"

int main(int argc, char **argv)
{
	META("pass", 2, 10, "-", "quick,good", "passes every test");
	const char *mult = getenv("CK_TIMEOUT_MULTIPLIER"), *rec = getenv("IPCSUITE_RECORDS");
	printf("TAP version 13\n1..2\nok 1 - first\n");
	/* what the runner passed, for the self-tests to check */
	printf("# env CK_TIMEOUT_MULTIPLIER=%s\n", mult ? mult : "(unset)");
	printf("# env IPCSUITE_RECORDS=%s\n", rec ? "set" : "(unset)");
	printf("ok 2 - second\n");
	return 0;
}
