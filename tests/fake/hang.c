/*
 * fake/hang: hangs past its timeout, with a child in its own process group
 * that hangs too. The child holds a lock on $FAKE_STATE_DIR/hang.lock: once
 * the runner is done, the lock must be free (the child is dead).
 */
#include <fcntl.h>
#include <sys/file.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("hang", 2, 2, "-", "slow", "hangs past its timeout");
	printf("TAP version 13\n1..2\n");
	fflush(stdout);
	int ready[2];
	if (pipe(ready) < 0)
		return 3;
	pid_t pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		char *lock = fake_state("hang.lock");
		if (lock) {
			int fd = open(lock, O_RDWR | O_CREAT, 0644);
			flock(fd, LOCK_EX);
			fake_write_file("hang.pid", "%ld\n", (long)getpid());
		}
		close(ready[0]);
		if (write(ready[1], "x", 1) < 0)
			return 3;
		for (;;)
			pause();
	}
	char c;
	close(ready[1]);
	if (read(ready[0], &c, 1) != 1)
		return 3;
	printf("ok 1 - child started\n");
	fflush(stdout);
	for (;;)
		pause();
}
