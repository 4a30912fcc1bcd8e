/*
 * fake/leak: passes, but leaves a SysV semaphore set and a /dev/shm file
 * behind. The semaphore id goes to $FAKE_STATE_DIR/leak.semid, the file
 * name to leak.shm.
 */
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/sem.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("leak", 1, 10, "-", "quick,leaky", "leaks IPC objects");
	int id = semget(IPC_PRIVATE, 1, 0600);
	if (id < 0) {
		printf("TAP version 13\n1..0 # SKIP semget failed\n");
		return 4;
	}
	fake_write_file("leak.semid", "%ld\n", id);
	char name[64];
	snprintf(name, sizeof name, "/dev/shm/ipcsuite-fake-leak-%d", (int)getpid());
	int fd = open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd >= 0)
		close(fd);
	char *shm = fake_state("leak.shm");
	FILE *f = shm ? fopen(shm, "w") : NULL;
	if (f) {
		fprintf(f, "%s\n", name);
		fclose(f);
	}
	printf("TAP version 13\n1..1\nok 1 - semget\n");
	return 0;
}
