/*
 * A descriptor passed with SCM_RIGHTS arrives as a new descriptor for the
 * same open file description: the same file, and one file offset shared
 * with the sender's descriptor, also across processes.
 *
 * Ref: unix(7) SCM_RIGHTS ("what is being passed is a reference to an open
 * file description (see open(2)), and in the receiving process it is likely
 * that a different file descriptor number will be used. Semantically, this
 * operation is equivalent to duplicating (dup(2)) a file descriptor into the
 * file descriptor table of another process"); dup(2) ("they share file
 * offset and file status flags").
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an SCM_RIGHTS descriptor refers to the sender's open file description "
                      "(same file, shared offset)",
          .ref = "unix(7) SCM_RIGHTS; dup(2)", .tags = "scm_rights,ancillary");

static int sv[2];

static void receiver(void *arg)
{
	(void)arg;
	int fd, flags;
	ssize_t got;
	char c;

	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &fd, 1, 0, &got, &flags), 1);
	IPCS_EXPECT_OK(lseek(fd, 7, SEEK_SET)); /* moves the sender's offset too */
	IPCS_EXPECT_EQ(write(fd, "!", 1), 1);
}

IPCS_TEST(same_process)
{
	char path[256];
	struct stat a, b;
	int fd, got_fd, flags;
	ssize_t got;
	char c;

	ipcs_temp_file(path, sizeof path);
	fd = (int)IPCS_SAFE(open(path, O_RDWR));
	ipcs_unix_pair(SOCK_STREAM, sv);
	ipcs_unix_send_fds(sv[0], "f", 1, &fd, 1);
	IPCS_ASSERT_EQ(ipcs_unix_recv_fds(sv[1], &c, 1, &got_fd, 1, 0, &got, &flags), 1);
	IPCS_EXPECT_NE(got_fd, fd); /* a new descriptor... */
	IPCS_SAFE(fstat(fd, &a));
	IPCS_ASSERT_OK(fstat(got_fd, &b));
	IPCS_EXPECT_EQ(a.st_dev, b.st_dev); /* ...for the same file... */
	IPCS_EXPECT_EQ(a.st_ino, b.st_ino);
	IPCS_SAFE(lseek(fd, 3, SEEK_SET));
	IPCS_EXPECT_EQ(lseek(got_fd, 0, SEEK_CUR), 3); /* ...and the same offset */
}

IPCS_TEST(across_processes)
{
	char path[256];
	int fd;

	ipcs_temp_file(path, sizeof path);
	fd = (int)IPCS_SAFE(open(path, O_RDWR));
	ipcs_unix_pair(SOCK_STREAM, sv);
	pid_t pid = ipcs_spawn(receiver, NULL);
	ipcs_unix_send_fds(sv[0], "f", 1, &fd, 1);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 8); /* the child's lseek + write */
}

IPCS_MAIN(same_process, across_processes)
