/* fake/crash: dies of SIGSEGV after its first result. */
#include <signal.h>
#include <sys/resource.h>

#define FAKE_LEVEL "kernel"
#include "fake.h"

int main(int argc, char **argv)
{
	META("crash", 2, 10, "-", "quick", "crashes");
	struct rlimit no_core = {0, 0};
	setrlimit(RLIMIT_CORE, &no_core);
	printf("TAP version 13\n1..2\nok 1 - first\n");
	fflush(stdout);
	signal(SIGSEGV, SIG_DFL);
	raise(SIGSEGV);
	return 0;
}
