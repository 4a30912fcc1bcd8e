/* timing.c - monotonic time and the deadlines of tests and waits. At the
 * bottom of lib/ with report.c. */
#include <stdlib.h>
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

int ipcs_test_timeout_s(void)
{
	return ipcs_case_info.timeout > 0 ? ipcs_case_info.timeout : IPCS_DEFAULT_TEST_TIMEOUT;
}

int ipcs_wait_deadline_ms(void)
{
	const char *m = getenv("CK_TIMEOUT_MULTIPLIER");
	double mult = m ? atof(m) : 1.0;

	if (mult <= 0)
		mult = 1.0;
	/* Half the test's timeout: a state that never comes is reported by
	 * the wait, before Check's timeout kills the test. */
	return (int)(ipcs_test_timeout_s() * 1000 * mult / 2);
}
