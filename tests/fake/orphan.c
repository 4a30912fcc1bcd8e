/*
 * fake/orphan: passes and exits, leaving a double-forked grandchild asleep.
 * The grandchild writes its pid to $FAKE_STATE_DIR/orphan.pid and holds a
 * lock on orphan.lock: after the run, the lock must be free.
 */
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("orphan", 1, 10, "-", "quick", "leaves a grandchild running");
	int ready[2];
	if (pipe(ready) < 0)
		return 3;
	pid_t child = fork();
	if (child == 0) {
		if (fork() == 0) {
			setsid();
			char *lock = fake_state("orphan.lock");
			if (lock) {
				int fd = open(lock, O_RDWR | O_CREAT, 0644);
				flock(fd, LOCK_EX);
				fake_write_file("orphan.pid", "%ld\n", (long)getpid());
			}
			if (write(ready[1], "x", 1) < 0)
				_exit(3);
			for (;;)
				pause();
		}
		_exit(0);
	}
	close(ready[1]);
	waitpid(child, NULL, 0);
	char c;
	if (read(ready[0], &c, 1) != 1)
		return 3;
	printf("TAP version 13\n1..1\nok 1 - forked\n");
	return 0;
}
