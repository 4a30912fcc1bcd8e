/* fake/huge: valid TAP around 4 MiB of comments and a 200 KiB line. */
#include "fake.h"

int main(int argc, char **argv)
{
	META("huge", 2, 20, "-", "big", "prints enormous output");
	printf("TAP version 13\n1..2\nok 1 - before\n");
	static char line[1025];
	memset(line, 'x', sizeof line - 1);
	line[0] = '#';
	line[1] = ' ';
	for (int i = 0; i < 4096; i++)
		puts(line);
	printf("# ");
	for (int i = 0; i < 200; i++)
		fwrite(line + 2, 1, 1000, stdout);
	printf("\nok 2 - after\n");
	for (int i = 0; i < 2048; i++)
		fputs("noise on stderr, line after line\n", stderr);
	return 0;
}
