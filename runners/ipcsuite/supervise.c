/*
 * supervise.c - runs the jobs: up to -j at a time, each under a supervisor
 * child (which enters the namespaces and becomes, or forks, the keeper).
 * One poll() loop reads every case's stdout, stderr and report pipe, so a
 * case printing megabytes never blocks on a full pipe, and a SIGCHLD
 * self-pipe tells us when supervisors end. A case is finished when its
 * supervisor has exited, not when its stdout closes.
 *
 * The keeper enforces the timeout; the runner keeps a backstop (timeout +
 * grace) in case the keeper itself gets stuck, and then kills the whole tree.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner.h"

#define LINE_CAP    (64 * 1024) /* longer lines are cut */
#define ERR_KEEP    (16 * 1024) /* stderr tail kept */
#define BACKSTOP_MS 15000       /* after the keeper's own deadline */
#define DRAIN_MS    2000        /* output still open after the supervisor ended */

extern char **environ;

static int sigfd[2] = {-1, -1};
static volatile sig_atomic_t got_term;

static void on_signal(int sig)
{
	int e = errno;
	if (sig != SIGCHLD)
		got_term = sig;
	if (write(sigfd[1], "x", 1) < 0) {
		/* pipe full: a wakeup is already pending */
	}
	errno = e;
}

static void install_signals(void)
{
	if (pipe2(sigfd, O_CLOEXEC | O_NONBLOCK) < 0)
		die_runner("pipe: %s", strerror(errno));
	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static char **build_env(const struct run *r, const struct job *j)
{
	static const char *const ours[] = {"IPCSUITE_RECORDS=", "CK_TIMEOUT_MULTIPLIER=", "TMPDIR=",
	                                   "IPCSUITE_ISOLATED=", "IPCSUITE_USERNS="};
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xcalloc(n + 6, sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		bool skip = false;
		for (size_t o = 0; o < sizeof ours / sizeof ours[0]; o++)
			skip |= !strncmp(environ[i], ours[o], strlen(ours[o]));
		if (!skip)
			env[k++] = xstrdup(environ[i]);
	}
	env[k++] = xasprintf("IPCSUITE_RECORDS=%s", j->records);
	env[k++] = xasprintf("CK_TIMEOUT_MULTIPLIER=%g", r->o->timeout_scale);
	env[k++] = xasprintf("TMPDIR=%s", j->tmpdir);
	/* IPCSUITE_ISOLATED=1 lets private-ipc-ns cases change the namespace's
	 * limits: true without a user namespace, or as root in ours; else the
	 * case is not root there and /proc/sys/kernel is read-only to it.
	 * IPCSUITE_USERNS=1 tells cases that only their own uid/gid are mapped. */
	if (r->iso.on && (!r->iso.userns || r->iso.uid == 0))
		env[k++] = xstrdup("IPCSUITE_ISOLATED=1");
	if (r->iso.on && r->iso.userns)
		env[k++] = xstrdup("IPCSUITE_USERNS=1");
	env[k] = NULL;
	return env;
}

static void free_env(char **env)
{
	for (size_t i = 0; env[i]; i++)
		free(env[i]);
	free(env);
}

/* Starts the keeper of j, which sets up its namespaces and then waits for
 * go_job(): the runner primes the next case while others still run. */
static int prime_job(struct run *r, struct job *j)
{
	j->records = xasprintf("%s/records-%zu", r->tmpdir, j->seq);
	j->tmpdir = xasprintf("%s/case-%zu", r->tmpdir, j->seq);
	if (mkdir(j->tmpdir, 0700) < 0 || chmod(j->tmpdir, 01777) < 0) {
		warnx_("cannot create %s: %s", j->tmpdir, strerror(errno));
		return -1;
	}
	int fds[8];
	for (int i = 0; i < 8; i += 2) {
		if (pipe2(fds + i, O_CLOEXEC) < 0) {
			int e = errno;
			for (int k = 0; k < i; k++)
				close(fds[k]);
			warnx_("pipe: %s", strerror(e));
			return -1;
		}
	}
	int *out = fds, *err = fds + 2, *rep = fds + 4, *go = fds + 6;
	char **env = build_env(r, j);
	fflush(NULL);
	pid_t pid = spawn_keeper(r, j, env, out[1], err[1], rep[1], go[0]);
	int e = errno;
	free_env(env);
	close(out[1]);
	close(err[1]);
	close(rep[1]);
	close(go[0]);
	if (pid < 0) {
		close(out[0]);
		close(err[0]);
		close(rep[0]);
		close(go[1]);
		warnx_("clone: %s", strerror(e));
		return -1;
	}
	j->out_fd = out[0];
	j->err_fd = err[0];
	j->rep_fd = rep[0];
	j->go_fd = go[1];
	set_nonblock(j->out_fd);
	set_nonblock(j->err_fd);
	set_nonblock(j->rep_fd);
	j->sup = pid;
	j->primed = true;
	return 0;
}

/* Lets the primed keeper of j run its case; the clock starts now. */
static void go_job(struct run *r, struct job *j)
{
	if (write(j->go_fd, "g", 1) < 0) {
		/* the keeper is gone: its end shows as EOF and no exit status */
	}
	close(j->go_fd);
	j->go_fd = -1;
	j->primed = false;
	j->t_start = now_ms();
	j->t_deadline =
	    j->t_start + (int64_t)(j->c->timeout * r->o->timeout_scale * 1000) + BACKSTOP_MS;
	j->running = true;
	tap_init(&j->tap);
}

static void feed_out(struct job *j, const char *buf, size_t n)
{
	j->out_bytes += n;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(buf + i, '\n', n - i);
		size_t chunk = nl ? (size_t)(nl - (buf + i)) : n - i;
		size_t room = LINE_CAP > j->out_partial.len ? LINE_CAP - j->out_partial.len : 0;
		if (chunk > room) {
			j->out_partial_long = true;
			j->out_dropped += chunk - room;
		}
		sb_add(&j->out_partial, buf + i, chunk < room ? chunk : room);
		i += chunk;
		if (nl) {
			capture_line(j, sb_str(&j->out_partial), j->out_partial.len,
			             j->out_partial_long);
			j->out_partial.len = 0;
			j->out_partial_long = false;
			i++;
		}
	}
}

static void feed_err(struct job *j, const char *buf, size_t n)
{
	j->err_bytes += n;
	sb_add(&j->err_tail, buf, n);
	if (j->err_tail.len > 4 * ERR_KEEP) {
		memmove(j->err_tail.s, j->err_tail.s + j->err_tail.len - ERR_KEEP, ERR_KEEP);
		j->err_tail.len = ERR_KEEP;
		j->err_tail.s[ERR_KEEP] = 0;
	}
}

static void rep_line(struct job *j, const char *s)
{
	struct leakrep *r = &j->rep;
	if (!strncmp(s, "EXIT ", 5)) {
		r->status = atoi(s + 5);
		r->have_status = true;
	} else if (!strcmp(s, "TIMEOUT")) {
		r->timed_out = true;
	} else if (!strncmp(s, "LEAK ", 5)) {
		sl_add(&r->leaks, s + 5);
	} else if (!strncmp(s, "NOTE ", 5)) {
		sl_add(&r->notes, s + 5);
	} else if (!strncmp(s, "ERR ", 4)) {
		sl_add(&r->errors, s + 4);
	} else if (!strncmp(s, "CPU ", 4)) {
		r->cpu_ms = atol(s + 4);
	} else if (!strcmp(s, "REAPED")) {
		r->reaped = true;
	} else if (!strcmp(s, "DONE")) {
		r->done = true;
	}
}

static void feed_rep(struct job *j, const char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\n') {
			rep_line(j, sb_str(&j->rep_partial));
			j->rep_partial.len = 0;
			if (j->rep_partial.s)
				j->rep_partial.s[0] = 0;
		} else if (j->rep_partial.len < 8192) {
			sb_putc(&j->rep_partial, buf[i]);
		}
	}
}

/* Reads what is there; returns false at EOF (and closes the fd). */
static bool drain(struct job *j, int *fd, void (*feed)(struct job *, const char *, size_t))
{
	char buf[65536];
	for (int rounds = 0; rounds < 16; rounds++) {
		ssize_t n = read(*fd, buf, sizeof buf);
		if (n > 0) {
			feed(j, buf, (size_t)n);
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			return true;
		close(*fd);
		*fd = -1;
		return false;
	}
	return true;
}

static void finish_job(struct run *r, struct job *j)
{
	if (j->out_fd >= 0) {
		close(j->out_fd);
		j->out_fd = -1;
		sl_add(&j->rep.notes, "case output still open after its processes ended; "
		                      "stopped reading");
	}
	if (j->err_fd >= 0) {
		close(j->err_fd);
		j->err_fd = -1;
	}
	if (j->rep_fd >= 0) {
		close(j->rep_fd);
		j->rep_fd = -1;
	}
	if (j->out_partial.len) /* last line without a newline */
		capture_line(j, sb_str(&j->out_partial), j->out_partial.len, j->out_partial_long);
	capture_end(j);
	if (!j->rep.done) {
		/* the keeper did not finish its work: do the part we can from here
		 * (in a namespace, only files are ours to remove) */
		records_cleanup(j->records, NULL, r->iso.on, &j->rep.notes);
	}
	if (!r->o->keep_tmp) {
		rm_tree(j->tmpdir);
		unlink(j->records);
	}
	j->t_end = now_ms();
	j->seconds = (double)(j->t_end - j->t_start) / 1000.0;
	verdict(j, r->o->timeout_scale);
	if (r->bl)
		baseline_compare(r->bl, j);
	j->running = false;
	j->finished = true;
	sb_free(&j->out_partial);
	sb_free(&j->rep_partial);
}

static void reap(struct run *r)
{
	int st;
	pid_t pid;
	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		for (size_t i = 0; i < r->njobs; i++) {
			struct job *j = &r->jobs[i];
			if (j->sup == pid && !j->sup_exited) {
				j->sup_exited = true;
				j->sup_status = st;
				j->t_sup_exit = now_ms();
			}
		}
		/* anything else is the keeper of a case already judged (it was
		 * tearing its namespaces down), a probe, or an orphan that came
		 * to us as subreaper: reaped */
	}
}

static size_t emitted;

static void emit_ready(struct run *r)
{
	while (emitted < r->njobs && r->jobs[emitted].finished) {
		struct job *j = &r->jobs[emitted++];
		if (r->tap) {
			tap_case(r->tap, j);
			if (fflush(r->tap) != 0 && !r->tap_errno)
				r->tap_errno =
				    errno ? errno : EIO; /* reported at the end: exit 3 */
		}
		/* only JUnit's system-out and KTAP's subtests need it later: bound memory */
		if (!r->o->junit && !r->o->ktap)
			sb_free(&j->out);
	}
}

static void progress_job_done(struct run *r, struct job *j)
{
	struct progress *p = r->prog;
	p->done++;
	if (j->bl == BL_XPASS || (outcome_bad(j->outcome) && j->bl != BL_XFAIL))
		p->bad++;
	p->last = j->c->id;
	if (r->o->verbose && p->on) {
		progress_clear(p);
		if (j->runs > 1)
			fprintf(p->f, "%-11s %s (run %d) %.2fs\n", outcome_name(j->outcome),
			        j->c->id, j->run, j->seconds);
		else
			fprintf(p->f, "%-11s %s %.2fs\n", outcome_name(j->outcome), j->c->id,
			        j->seconds);
	}
	progress_draw(p);
}

static void kill_all_running(struct run *r)
{
	for (size_t i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		if (j->primed) {
			/* its case never started: the keeper alone is there */
			close(j->go_fd);
			j->go_fd = -1;
			j->primed = false;
			if (!j->sup_exited)
				kill(j->sup, SIGKILL);
		} else if (j->running && !j->sup_exited) {
			kill_tree(j->sup, true);
		}
	}
}

/* Keepers of judged cases may still be exiting (namespaces going away):
 * wait for them a while, so that the run leaves nothing behind. */
static void reap_keepers(struct run *r)
{
	int64_t deadline = now_ms() + 10000;
	for (;;) {
		reap(r);
		bool left = false;
		for (size_t i = 0; i < r->njobs && !left; i++) {
			struct job *j = &r->jobs[i];
			left = j->sup > 0 && !j->sup_exited;
		}
		if (!left || now_ms() >= deadline)
			return;
		struct pollfd p = {.fd = sigfd[0], .events = POLLIN};
		if (poll(&p, 1, 100) > 0) {
			char b[64];
			while (read(sigfd[0], b, sizeof b) > 0)
				;
		}
	}
}

static bool exclusive_running(const struct run *r)
{
	for (size_t i = 0; i < r->njobs; i++)
		if (r->jobs[i].running && case_needs(r->jobs[i].c, "exclusive"))
			return true;
	return false;
}

int run_jobs(struct run *r)
{
	install_signals();
	size_t next = 0, busy = 0, sleeping = 0, done = 0;
	struct pollfd *pfd = xcalloc(r->njobs * 3 + 1, sizeof *pfd);
	struct job **owner = xcalloc(r->njobs * 3 + 1, sizeof *owner);
	int rc = 0;

	/* jobs the runner skips without running them */
	for (size_t i = 0; i < r->njobs; i++) {
		if (r->jobs[i].runner_skip) {
			r->jobs[i].finished = true;
			r->jobs[i].outcome = O_SKIP;
			r->jobs[i].exit_desc = xstrdup("not run");
			if (r->bl)
				baseline_compare(r->bl, &r->jobs[i]);
			done++;
			progress_job_done(r, &r->jobs[i]);
		}
	}
	emit_ready(r);

	while (done < r->njobs) {
		if (got_term) {
			warnx_("interrupted by %s: killing the running cases",
			       signal_name(got_term));
			kill_all_running(r);
			r->interrupted = true;
			break;
		}
		/* a case that needs exclusive (it changes something global, such as
		 * a /proc/sys limit) runs alone: it starts when nothing runs, and
		 * nothing starts beside it */
		bool alone = exclusive_running(r);
		while (!alone && next < r->njobs) {
			struct job *j = &r->jobs[r->order[next]];
			if (j->runner_skip) {
				next++;
				continue;
			}
			/* a case that mostly sleeps takes a slot of its own (there
			 * are as many as -j) and leaves the CPU slots to others */
			bool sleep_slot = j->sleeper && sleeping < r->sleep_slots;
			if (!sleep_slot && busy >= (size_t)r->jobs_limit)
				break;
			bool excl = case_needs(j->c, "exclusive");
			if (excl && busy + sleeping > 0)
				break; /* waits for the running ones to end, in order */
			next++;
			if (!j->primed && prime_job(r, j) < 0) {
				rc = -1;
				kill_all_running(r);
				goto out;
			}
			go_job(r, j);
			j->sleep_slot = sleep_slot;
			if (sleep_slot)
				sleeping++;
			else
				busy++;
			alone = excl;
		}
		/* the next case's keeper sets its namespaces up while these run */
		while (next < r->njobs && r->jobs[r->order[next]].runner_skip)
			next++;
		if (r->iso.on && next < r->njobs && !r->jobs[r->order[next]].primed &&
		    prime_job(r, &r->jobs[r->order[next]]) < 0) {
			rc = -1;
			kill_all_running(r);
			goto out;
		}
		nfds_t n = 0;
		pfd[n].fd = sigfd[0];
		pfd[n].events = POLLIN;
		owner[n++] = NULL;
		int64_t now = now_ms(), wake = now + (r->prog->on ? 1000 : 60000);
		for (size_t i = 0; i < r->njobs; i++) {
			struct job *j = &r->jobs[i];
			if (!j->running)
				continue;
			int fds[3] = {j->out_fd, j->err_fd, j->rep_fd};
			for (int k = 0; k < 3; k++) {
				if (fds[k] < 0)
					continue;
				pfd[n].fd = fds[k];
				pfd[n].events = POLLIN;
				owner[n++] = j;
			}
			int64_t t = j->sup_exited ? j->t_sup_exit + DRAIN_MS : j->t_deadline;
			if (t < wake)
				wake = t;
		}
		int timeout = wake > now ? (int)(wake - now) : 0;
		if (poll(pfd, n, timeout) < 0 && errno != EINTR) {
			warnx_("poll: %s", strerror(errno));
			rc = -1;
			kill_all_running(r);
			goto out;
		}
		if (pfd[0].revents) {
			char b[64];
			while (read(sigfd[0], b, sizeof b) > 0)
				;
		}
		for (nfds_t k = 1; k < n; k++) {
			struct job *j = owner[k];
			if (!pfd[k].revents)
				continue;
			if (pfd[k].fd == j->out_fd)
				drain(j, &j->out_fd, feed_out);
			else if (pfd[k].fd == j->err_fd)
				drain(j, &j->err_fd, feed_err);
			else if (pfd[k].fd == j->rep_fd)
				drain(j, &j->rep_fd, feed_rep);
		}
		reap(r);
		now = now_ms();
		for (size_t i = 0; i < r->njobs; i++) {
			struct job *j = &r->jobs[i];
			if (!j->running)
				continue;
			if (!j->sup_exited && now >= j->t_deadline && !j->backstop_killed) {
				/* the keeper missed its own deadline by far: kill it all */
				kill_tree(j->sup, true);
				j->backstop_killed = true;
				sl_add(&j->rep.notes,
				       "the case's supervisor did not finish in time; "
				       "the runner killed its whole process tree");
			}
			bool pipes_open = j->out_fd >= 0 || j->err_fd >= 0 || j->rep_fd >= 0;
			/* The keeper said it waited for every process of the case and
			 * its output is closed: judged now, while the keeper exits. */
			bool reported =
			    j->rep.done && j->rep.reaped && j->out_fd < 0 && j->err_fd < 0;
			if (reported ||
			    (j->sup_exited && (!pipes_open || now >= j->t_sup_exit + DRAIN_MS))) {
				/* read what is left before deciding */
				if (j->out_fd >= 0)
					drain(j, &j->out_fd, feed_out);
				if (j->err_fd >= 0)
					drain(j, &j->err_fd, feed_err);
				if (j->rep_fd >= 0)
					drain(j, &j->rep_fd, feed_rep);
				finish_job(r, j);
				if (j->sleep_slot)
					sleeping--;
				else
					busy--;
				done++;
				progress_job_done(r, j);
			}
		}
		emit_ready(r);
		if (r->prog->on && now_ms() - r->prog->t_drawn >= 250)
			progress_draw(r->prog); /* the clock ticks; at most 4 redraws a second */
	}
out:
	if (!r->interrupted && rc == 0)
		reap_keepers(r);
	kill_all_running(r); /* primed keepers: nothing for them to run */
	/* nothing we started may outlive us; no child left means no descendant
	 * left (we are their subreaper), and then there is nothing to look for */
	for (;;) {
		pid_t w = waitpid(-1, NULL, WNOHANG);
		if (w > 0)
			continue;
		if (w == 0)
			kill_tree(getpid(), false);
		break;
	}
	for (;;) {
		pid_t w = waitpid(-1, NULL, WNOHANG);
		if (w <= 0)
			break;
	}
	progress_clear(r->prog);
	free(pfd);
	free(owner);
	return rc;
}
