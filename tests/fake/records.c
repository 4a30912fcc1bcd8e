/*
 * fake/records: creates a SysV message queue and a file, records both in
 * $IPCSUITE_RECORDS (plus an ADD/DEL pair for an object already removed),
 * then hangs until killed. The runner must remove what the records say is
 * still there. The queue id goes to $FAKE_STATE_DIR/records.msqid.
 */
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/msg.h>

#include "fake.h"

int main(int argc, char **argv)
{
	META("records", 1, 2, "-", "slow", "is killed, leaving recorded objects");
	const char *rec = getenv("IPCSUITE_RECORDS");
	int id = msgget(IPC_PRIVATE, 0600);
	int gone = msgget(IPC_PRIVATE, 0600);
	if (id < 0 || gone < 0 || !rec) {
		printf("TAP version 13\n1..0 # SKIP msgget failed or no IPCSUITE_RECORDS\n");
		return 4;
	}
	msgctl(gone, IPC_RMID, NULL);
	fake_write_file("records.msqid", "%ld\n", id);
	char *file = fake_state("records.file");
	if (file)
		close(open(file, O_WRONLY | O_CREAT, 0644));
	FILE *f = fopen(rec, "a");
	if (f) {
		fprintf(f, "NOTE\tsomething the library says\n");
		fprintf(f, "ADD\tmsg\t%d\t-\n", id);
		fprintf(f, "ADD\tmsg\t%d\t-\n", gone);
		fprintf(f, "DEL\tmsg\t%d\t-\n", gone);
		if (file)
			fprintf(f, "ADD\tfile\t-1\t%s\n", file);
		fclose(f);
	}
	printf("TAP version 13\n1..1\n");
	fflush(stdout);
	for (;;)
		pause();
}
