/* timing.c - monotonic time and counting signal handlers. */
#include <signal.h>
#include <string.h>
#include <time.h>

#include "internal.h"

int64_t ipcs_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t ipcs_ms_since(int64_t start_ns)
{
	return (ipcs_now_ns() - start_ns) / 1000000;
}

struct timespec ipcs_ms_to_timespec(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
	return ts;
}

static volatile sig_atomic_t counts[65];

static void count_signal(int sig)
{
	if (sig > 0 && sig < 65)
		counts[sig]++;
}

void ipcs_catch_signal(int sig, int sa_flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count_signal;
	sa.sa_flags = sa_flags;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL) == -1)
		IPCS_BROKEN_ERRNO("sigaction(%s)", ipcs_signal_name(sig));
}

int ipcs_signal_count(int sig)
{
	return sig > 0 && sig < 65 ? counts[sig] : 0;
}

long long ipcs_realtime_s(void)
{
	struct timespec ts;
	/* The kernel stamps sem_otime/sem_ctime with ktime_get_real_seconds(),
	 * the tick-updated clock that CLOCK_REALTIME_COARSE reads: the fine
	 * clock can be a tick ahead of it across a second boundary. */
#ifdef CLOCK_REALTIME_COARSE
	if (clock_gettime(CLOCK_REALTIME_COARSE, &ts) == 0)
		return (long long)ts.tv_sec;
#endif
	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec;
}

static bool realtime_after(void *p)
{
	return ipcs_realtime_s() > *(long long *)p;
}

void ipcs_wait_realtime_after_(long long t, const char *file, int line)
{
	ipcs_poll_(realtime_after, &t, 3000, "the real-time clock to pass the next second", file,
	           line);
}
