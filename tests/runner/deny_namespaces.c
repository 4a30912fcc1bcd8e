/*
 * deny_namespaces - runs a command where unshare(2) fails with EPERM, like in
 * a locked-down container, so that the runner's fallback to no isolation can
 * be tested on a machine where namespaces work. Usage: deny_namespaces CMD...
 */
#include <errno.h>
#include <stddef.h>
#if __has_include(<linux/filter.h>) && __has_include(<linux/seccomp.h>)
#include <linux/filter.h>
#include <linux/seccomp.h>
#else
/* No kernel UAPI headers (a musl-gcc build sees only musl's): the few values of
 * the kernel ABI used below, from include/uapi/linux/{filter,bpf_common,seccomp}.h. */
struct sock_filter {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};
struct sock_fprog {
	unsigned short len;
	struct sock_filter *filter;
};
struct seccomp_data {
	int nr;
	unsigned int arch;
	unsigned long long instruction_pointer;
	unsigned long long args[6];
};
#define BPF_LD  0x00
#define BPF_W   0x00
#define BPF_ABS 0x20
#define BPF_JMP 0x05
#define BPF_JEQ 0x10
#define BPF_K   0x00
#define BPF_RET 0x06
#define BPF_STMT(code, k)                                                                          \
	{                                                                                          \
		(unsigned short)(code), 0, 0, k                                                    \
	}
#define BPF_JUMP(code, k, jt, jf)                                                                  \
	{                                                                                          \
		(unsigned short)(code), jt, jf, k                                                  \
	}
#define SECCOMP_RET_ERRNO 0x00050000U
#define SECCOMP_RET_ALLOW 0x7fff0000U
#define SECCOMP_RET_DATA  0x0000ffffU
#endif
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SECCOMP_MODE_FILTER
#define SECCOMP_MODE_FILTER 2
#endif

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: deny_namespaces CMD [ARG...]\n");
		return 2;
	}
	struct sock_filter code[] = {
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_unshare, 0, 1),
	    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
	    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {.len = sizeof code / sizeof code[0], .filter = code};
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) < 0) {
		perror("deny_namespaces: seccomp");
		return 77; /* cannot test here: a skip for ctest */
	}
	execvp(argv[1], argv + 1);
	perror("deny_namespaces: exec");
	return 127;
}
