/*
 * fake/close-stdout: prints all its TAP, closes stdout and stderr, keeps
 * running for a second, writes $FAKE_STATE_DIR/close-stdout.done, exits 0.
 * The runner must wait for the exit, not stop at EOF.
 */
#include <time.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("close-stdout", 1, 10, "-", "quick", "closes stdout early");
	printf("TAP version 13\n1..1\nok 1 - printed\n");
	fflush(stdout);
	close(1);
	close(2);
	struct timespec ts = {1, 0};
	nanosleep(&ts, NULL);
	fake_write_file("close-stdout.done", "%ld\n", 1);
	return 0;
}
