/*
 * The abstract socket namespace belongs to the network namespace: a process
 * in another network namespace cannot reach an abstract name bound here
 * (ECONNREFUSED) and can bind the same name itself, while a pathname socket
 * stays reachable from there.
 *
 * Ref: network_namespaces(7) DESCRIPTION ("In addition, network namespaces
 * isolate the UNIX domain abstract socket namespace (see unix(7))"); unix(7)
 * abstract, ERRORS ECONNREFUSED.
 */
#include <sched.h>
#include <sys/stat.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an abstract UNIX name is invisible from another network namespace, a "
                      "pathname socket is not",
          .ref = "network_namespaces(7) DESCRIPTION; unix(7) abstract",
          .tags = "abstract,namespace");

static struct ipcs_unix_addr abstract, path;

static void enter_new_net_ns(void)
{
	if (unshare(CLONE_NEWNET) == 0)
		return;
	if (errno != EPERM)
		IPCS_BROKEN_ERRNO("unshare(CLONE_NEWNET)");
	/* unprivileged: a new user namespace grants CAP_SYS_ADMIN over the
	 * network namespace created with it */
	if (unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0)
		return;
	if (errno == EPERM || errno == EINVAL || errno == ENOSPC || errno == EUSERS)
		IPCS_SKIP("cannot create a network namespace: unshare(CLONE_NEWNET) needs "
		          "CAP_SYS_ADMIN, and unshare(CLONE_NEWUSER|CLONE_NEWNET) failed with %s",
		          ipcs_errno_name(errno));
	IPCS_BROKEN_ERRNO("unshare(CLONE_NEWUSER|CLONE_NEWNET)");
}

static void from_other_ns(void *arg)
{
	(void)arg;
	enter_new_net_ns();
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&abstract.sa, abstract.len), ECONNREFUSED);
	int own = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(bind(own, (struct sockaddr *)&abstract.sa, abstract.len));
	/* the control: the same process still reaches a pathname socket */
	int ctl = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(connect(ctl, (struct sockaddr *)&path.sa, path.len));
}

IPCS_TEST(other_netns_does_not_see_name)
{
	ipcs_unix_abstract_addr(&abstract, "netns");
	int a = ipcs_unix_bound(SOCK_STREAM, &abstract);
	IPCS_SAFE(listen(a, 4));
	ipcs_unix_listener(SOCK_STREAM, &path, 4);
	IPCS_SAFE(chmod(path.path, 0777)); /* reachable by an unmapped uid too */
	/* the name is reachable from here */
	int here = ipcs_unix_socket(SOCK_STREAM);
	IPCS_SAFE(connect(here, (struct sockaddr *)&abstract.sa, abstract.len));
	pid_t pid = ipcs_spawn(from_other_ns, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(other_netns_does_not_see_name)
