/* fake/flaky: passes and fails on alternate runs ($FAKE_STATE_DIR/flaky.count). */
#include "fake.h"

int main(int argc, char **argv)
{
	META("flaky", 1, 10, "-", "flaky", "alternates between pass and fail");
	long n = 0;
	char *p = fake_state("flaky.count");
	if (p) {
		FILE *f = fopen(p, "r");
		if (f) {
			if (fscanf(f, "%ld", &n) != 1)
				n = 0;
			fclose(f);
		}
		fake_write_file("flaky.count", "%ld\n", n + 1);
	}
	printf("TAP version 13\n1..1\n");
	if (n % 2 == 0) {
		printf("ok 1 - sometimes\n");
		return 0;
	}
	printf("not ok 1 - sometimes\n  ---\n  outcome: fail\n  message: \"odd run\"\n  ...\n");
	return 1;
}
