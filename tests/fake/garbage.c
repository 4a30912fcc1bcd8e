/* fake/garbage: binary junk, a fake "ok", broken YAML and "Bail out!" at column 0, invalid UTF-8.
 */
#include "fake.h"

int main(int argc, char **argv)
{
	META("garbage", 1, 10, "-", "quick,bad-tap", "prints garbage");
	printf("TAP version 13\n1..1\n");
	static const char junk[] = "\x01\x02\x1b[31mred\x1b[0m\xff\xfe\xc3(\x00zero\r\n";
	fwrite(junk, 1, sizeof junk - 1, stdout);
	printf("not TAP at all\nok 1 - looks like a result inside garbage\n");
	printf("  ---\n  message: \"an unterminated YAML string\n"); /* prove chokes on it */
	printf("Bail out! garbage everywhere\n");
	printf("\x7f\x80\x9b 1..9 # SKIP\n");
	return 0;
}
