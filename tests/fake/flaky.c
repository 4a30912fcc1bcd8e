/* fake/flaky: passes and fails on alternate runs ($FAKE_STATE_DIR/flaky.count). */
#include <fcntl.h>
#include <sys/file.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("flaky", 1, 10, "-", "flaky", "alternates between pass and fail");
	long n = 0;
	char *p = fake_state("flaky.count");
	if (p) {
		/* runs may overlap (-j): count under a lock */
		int fd = open(p, O_RDWR | O_CREAT, 0644);
		char buf[32] = {0};
		if (fd < 0 || flock(fd, LOCK_EX) < 0)
			return 3;
		if (read(fd, buf, sizeof buf - 1) > 0)
			n = strtol(buf, NULL, 10);
		int len = snprintf(buf, sizeof buf, "%ld\n", n + 1);
		if (pwrite(fd, buf, (size_t)len, 0) != len)
			return 3;
		close(fd);
	}
	printf("TAP version 13\n1..1\n");
	if (n % 2 == 0) {
		printf("ok 1 - sometimes\n");
		return 0;
	}
	printf("not ok 1 - sometimes\n  ---\n  outcome: fail\n  message: \"odd run\"\n  ...\n");
	return 1;
}
