/*
 * Setting O_DIRECT with fcntl(F_SETFL) on a pipe's write end turns later
 * writes into packets; clearing it again returns to a byte stream.
 *
 * Ref: pipe(2) O_DIRECT ("Since Linux 4.5, it is possible to change the
 * O_DIRECT setting of a pipe file descriptor using fcntl(2)"; "Each write(2)
 * to the pipe is dealt with as a separate packet, and read(2)s from the pipe
 * will read one packet at a time").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "fcntl F_SETFL O_DIRECT on a pipe's write end switches packet mode on and "
                      "off",
          .ref = "pipe(2) O_DIRECT", .min_kernel = "4.5", .tags = "pipe,packet,fcntl");

IPCS_TEST(setfl_toggles_packets)
{
	int p[2];
	char buf[16];

	ipcs_pipe(p);
	int fl = (int)IPCS_SAFE(fcntl(p[1], F_GETFL));
	IPCS_ASSERT_OK(fcntl(p[1], F_SETFL, fl | O_DIRECT));
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFL) & O_DIRECT, O_DIRECT);
	IPCS_SAFE(write(p[1], "ab", 2));
	IPCS_SAFE(write(p[1], "cd", 2));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 2); /* one packet */
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 2);

	IPCS_ASSERT_OK(fcntl(p[1], F_SETFL, fl & ~O_DIRECT));
	IPCS_SAFE(write(p[1], "ef", 2));
	IPCS_SAFE(write(p[1], "gh", 2));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 4); /* a byte stream again */
}

IPCS_MAIN(setfl_toggles_packets)
