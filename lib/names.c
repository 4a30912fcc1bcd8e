/* names.c - errno and signal numbers as their names, so diagnostics say
 * EAGAIN rather than 11. Our own table: strerrorname_np is glibc >= 2.32 only. */
#include <signal.h>
#include <stdio.h>

#include "ipcsuite.h"

#define N(e)                                                                                       \
	{                                                                                          \
		e, #e                                                                              \
	}
static const struct {
	int num;
	const char *name;
} errnos[] = {
    N(EPERM),        N(ENOENT),       N(ESRCH),        N(EINTR),         N(EIO),
    N(ENXIO),        N(E2BIG),        N(ENOEXEC),      N(EBADF),         N(ECHILD),
    N(EAGAIN),       N(ENOMEM),       N(EACCES),       N(EFAULT),        N(ENOTBLK),
    N(EBUSY),        N(EEXIST),       N(EXDEV),        N(ENODEV),        N(ENOTDIR),
    N(EISDIR),       N(EINVAL),       N(ENFILE),       N(EMFILE),        N(ENOTTY),
    N(ETXTBSY),      N(EFBIG),        N(ENOSPC),       N(ESPIPE),        N(EROFS),
    N(EMLINK),       N(EPIPE),        N(EDOM),         N(ERANGE),        N(EDEADLK),
    N(ENAMETOOLONG), N(ENOLCK),       N(ENOSYS),       N(ENOTEMPTY),     N(ELOOP),
    N(ENOMSG),       N(EIDRM),        N(ENOSTR),       N(ENODATA),       N(ETIME),
    N(ENOSR),        N(EREMOTE),      N(ENOLINK),      N(EPROTO),        N(EMULTIHOP),
    N(EBADMSG),      N(EOVERFLOW),    N(EILSEQ),       N(EUSERS),        N(ENOTSOCK),
    N(EDESTADDRREQ), N(EMSGSIZE),     N(EPROTOTYPE),   N(ENOPROTOOPT),   N(EPROTONOSUPPORT),
    N(EOPNOTSUPP),   N(EAFNOSUPPORT), N(EADDRINUSE),   N(EADDRNOTAVAIL), N(ENETDOWN),
    N(ENETUNREACH),  N(ECONNABORTED), N(ECONNRESET),   N(ENOBUFS),       N(EISCONN),
    N(ENOTCONN),     N(ETIMEDOUT),    N(ECONNREFUSED), N(EALREADY),      N(EINPROGRESS),
    N(ESTALE),       N(EDQUOT),       N(ECANCELED),    N(EOWNERDEAD),    N(ENOTRECOVERABLE),
    N(ETOOMANYREFS), N(ESHUTDOWN),    N(EHOSTDOWN),    N(EHOSTUNREACH),  N(ESOCKTNOSUPPORT),
#ifdef ENOTSUP
    N(ENOTSUP),
#endif
#ifdef ERESTART
    N(ERESTART),
#endif
#ifdef EBADFD
    N(EBADFD),
#endif
#ifdef ENOMEDIUM
    N(ENOMEDIUM),
#endif
#ifdef EHWPOISON
    N(EHWPOISON),
#endif
};

static const struct {
	int num;
	const char *name;
} signals[] = {
    N(SIGHUP),    N(SIGINT),  N(SIGQUIT),  N(SIGILL),  N(SIGTRAP), N(SIGABRT),
    N(SIGBUS),    N(SIGFPE),  N(SIGKILL),  N(SIGUSR1), N(SIGSEGV), N(SIGUSR2),
    N(SIGPIPE),   N(SIGALRM), N(SIGTERM),  N(SIGCHLD), N(SIGCONT), N(SIGSTOP),
    N(SIGTSTP),   N(SIGTTIN), N(SIGTTOU),  N(SIGURG),  N(SIGXCPU), N(SIGXFSZ),
    N(SIGVTALRM), N(SIGPROF), N(SIGWINCH), N(SIGIO),   N(SIGSYS),
#ifdef SIGPWR
    N(SIGPWR),
#endif
#ifdef SIGSTKFLT
    N(SIGSTKFLT),
#endif
};
#undef N

const char *ipcs_errno_name(int err)
{
	static _Thread_local char buf[24];

	if (err == 0)
		return "0";
	/* EAGAIN == EWOULDBLOCK and EDEADLK == EDEADLOCK here: first match wins. */
	for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
		if (errnos[i].num == err)
			return errnos[i].name;
	snprintf(buf, sizeof buf, "E#%d", err);
	return buf;
}

const char *ipcs_signal_name(int sig)
{
	static _Thread_local char buf[24];

	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		if (signals[i].num == sig)
			return signals[i].name;
	if (sig >= SIGRTMIN && sig <= SIGRTMAX)
		snprintf(buf, sizeof buf, "SIGRTMIN+%d", sig - SIGRTMIN);
	else
		snprintf(buf, sizeof buf, "SIG#%d", sig);
	return buf;
}
