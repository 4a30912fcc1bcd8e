/* fake/fail: one test fails with a YAML diagnostic, exit 1. */
#include "fake.h"

int main(int argc, char **argv)
{
	META("fail", 2, 10, "-", "quick", "fails one test");
	printf("TAP version 13\n1..2\nok 1 - first\nnot ok 2 - reports_eintr\n"
	       "  ---\n"
	       "  outcome: fail\n"
	       "  message: \"semop returned an unexpected value\"\n"
	       "  file: \"tests/fake/fail.c\"\n"
	       "  line: 42\n"
	       "  expression: \"semop(id, &op, 1)\"\n"
	       "  expected: \"-1 with errno EINTR\"\n"
	       "  got: \"0\"\n"
	       "  ...\n");
	fprintf(stderr, "fail: this is stderr from the case\n");
	return 1;
}
