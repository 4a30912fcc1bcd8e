/*
 * spawn.c - starts the process that answers for one case run: the keeper.
 *
 * With isolation the keeper is created by one clone() directly into fresh
 * namespaces (IPC, mount, PID when possible, user when unprivileged), so it
 * is the init of the case's PID namespace with no process in between; without
 * isolation clone() is a plain fork. The keeper sets its namespaces up (maps,
 * mounts) at once, then waits for the runner's go on a pipe before it runs
 * the case: the runner may start it while another case still runs, so that
 * this set-up overlaps with useful work. EOF on that pipe (the runner died)
 * ends the keeper.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "runner.h"

/* The child's stack. clone() without CLONE_VM gives the child its own copy
 * of memory, this array included: the runner's copy is never touched. */
static char child_stack[128 * 1024] __attribute__((aligned(64)));

int iso_clone_flags(const struct iso *iso)
{
	int flags = CLONE_NEWIPC | CLONE_NEWNS;
	if (iso->pidns)
		flags |= CLONE_NEWPID;
	if (iso->userns)
		flags |= CLONE_NEWUSER;
	return flags;
}

pid_t spawn_child(int flags, int (*fn)(void *), void *arg)
{
	return clone(fn, child_stack + sizeof child_stack, flags | SIGCHLD, arg);
}

struct keeper_start {
	const struct run *r;
	const struct job *j;
	char **env;
	int out_w, err_w, rep_w, go_r;
};

/* Dispositions and descriptors of a fresh keeper: nothing of the runner's. */
static void keeper_detach(const struct keeper_start *s)
{
	prctl(PR_SET_PDEATHSIG, SIGKILL); /* the runner died: so do we */
	struct sigaction sa = {0};
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/* Terminal signals (Ctrl-C, Ctrl-Z) go to the runner's process group,
	 * which we are in: the runner decides, then kills us if it must. The
	 * case gets default dispositions back before exec. */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	sigaction(SIGTTIN, &sa, NULL);
	sigaction(SIGTTOU, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* nothing of ours may write into the runner's TAP stream */
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		if (null > 2)
			close(null);
	}
	int keep[] = {s->out_w, s->err_w, s->rep_w, s->go_r};
	close_other_fds(keep, 4);
}

/* Blocks until the runner says go; false when it never will (it died). */
static bool wait_go(int go_r)
{
	char c;
	ssize_t n;
	while ((n = read(go_r, &c, 1)) < 0 && errno == EINTR)
		;
	close(go_r);
	return n == 1;
}

static int keeper_child(void *arg)
{
	const struct keeper_start *s = arg;
	const struct run *r = s->r;
	keeper_detach(s);
	struct keeper_args ka = {
	    .path = s->j->c->path,
	    .envp = s->env,
	    .cwd = s->j->tmpdir,
	    .records = s->j->records,
	    .out_w = s->out_w,
	    .err_w = s->err_w,
	    .rep_w = s->rep_w,
	    .timeout_s = s->j->c->timeout * r->o->timeout_scale,
	    .iso = &r->iso,
	    .pid1 = r->iso.on && r->iso.pidns,
	};
	char msg[512] = "";
	int rc = r->iso.on ? iso_setup(&r->iso, msg, sizeof msg, &ka.mqdir, &ka.fresh) : 0;
	if (!wait_go(s->go_r))
		_exit(0);
	if (rc < 0) {
		report_line(s->rep_w, "ERR setting up the namespaces: %s", msg);
		report_line(s->rep_w, "DONE");
		_exit(0);
	}
	keeper_main(&ka);
}

pid_t spawn_keeper(const struct run *r, const struct job *j, char **env, int out_w, int err_w,
                   int rep_w, int go_r)
{
	struct keeper_start s = {r, j, env, out_w, err_w, rep_w, go_r};
	return spawn_child(r->iso.on ? iso_clone_flags(&r->iso) : 0, keeper_child, &s);
}
