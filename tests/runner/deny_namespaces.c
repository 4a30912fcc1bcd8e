/*
 * deny_namespaces - runs a command where unshare(2), and clone(2) asking for a
 * new namespace, fail with EPERM (clone3, whose flags seccomp cannot see, with
 * ENOSYS), like in a locked-down container (Docker's default profile), so that
 * the runner's fallback to no isolation can be tested on a machine where
 * namespaces work. Usage: deny_namespaces CMD...
 */
#include <errno.h>
#include <sched.h>
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
#define BPF_ALU 0x04
#define BPF_AND 0x50
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

/* clone()'s flags are its first argument; seccomp sees it as two 32-bit words */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ARG0_LOW (offsetof(struct seccomp_data, args) + 4)
#else
#define ARG0_LOW offsetof(struct seccomp_data, args)
#endif
#define NEW_NAMESPACES                                                                             \
	(CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWUSER | CLONE_NEWUTS | CLONE_NEWNET | \
	 0x02000000 /* CLONE_NEWCGROUP */)
#ifndef __NR_clone3
#define __NR_clone3 435 /* the same number on every architecture */
#endif

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
	    /* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	    /* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_unshare, 6, 0),
	    /* 2 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 6, 0),
	    /* 3 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3),
	    /* 4 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG0_LOW),
	    /* 5 */ BPF_STMT(BPF_ALU | BPF_AND | BPF_K, NEW_NAMESPACES),
	    /* 6 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
	    /* 7 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	    /* 8 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
	    /* 9 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA)),
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
