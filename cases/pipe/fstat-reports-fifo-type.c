/*
 * fstat on either end of a pipe reports the file type S_IFIFO.
 *
 * Ref: POSIX.1-2017 <sys/stat.h> ("S_ISFIFO(m) Test for a pipe or FIFO
 * special file"); inode(7) ("S_IFIFO ... FIFO"); pipe(7) ("The only
 * difference between pipes and FIFOs is the manner in which they are created
 * and opened").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "fstat on either end of a pipe reports S_IFIFO",
          .ref = "POSIX.1-2017 <sys/stat.h> S_ISFIFO; inode(7)", .tags = "pipe,fstat");

IPCS_TEST(both_ends_are_fifos)
{
	int p[2];
	struct stat r, w;

	ipcs_pipe(p);
	IPCS_SAFE(fstat(p[0], &r));
	IPCS_SAFE(fstat(p[1], &w));
	IPCS_EXPECT_TRUE(S_ISFIFO(r.st_mode));
	IPCS_EXPECT_TRUE(S_ISFIFO(w.st_mode));
}

IPCS_MAIN(both_ends_are_fifos)
