/*
 * ipcsuite_posix_shm.h - POSIX shared memory helpers for cases/posix-shm/.
 *
 * Setup only: every function ends the test broken when the system refuses,
 * and the creator registers the name (IPCS_OBJ_PSHM) so that it is removed on
 * every path. The call under test stays in the case.
 */
#ifndef IPCSUITE_POSIX_SHM_H
#define IPCSUITE_POSIX_SHM_H

#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "ipcsuite.h"

/* Size of a buffer for a name from ipcs_unique_name(). */
#ifndef IPCS_PNAME_SIZE
#define IPCS_PNAME_SIZE 64
#endif

/* A new shared memory object: a unique name (written to name) opened O_RDWR | O_CREAT | O_EXCL with
 * mode (the umask applies), registered, then sized to size bytes when size > 0. Returns the fd. */
int ipcs_pshm_create(char name[IPCS_PNAME_SIZE], size_t size, mode_t mode);
/* shm_unlink(name) as setup: broken on failure; unregisters it. */
void ipcs_pshm_unlink(const char *name);
/* mmap(NULL, len, prot, MAP_SHARED, fd, 0); broken on failure. */
void *ipcs_pshm_map(int fd, size_t len, int prot);
/* fstat(fd) as setup; broken on failure. */
void ipcs_pshm_fstat(int fd, struct stat *st);
/* /dev/shm/<name without its slash>: where Linux keeps the object. */
const char *ipcs_pshm_path(char *buf, size_t size, const char *name);

/* ------------------------------------------------------- a small /dev/shm */

/* Give the calling process (the test, before it forks) its own mount
 * namespace in which /dev/shm is a new tmpfs of npages pages (tmpfs(5)
 * size=), mode 1777, so that a case can fill it. Without CAP_SYS_ADMIN the
 * namespace comes with a new user namespace that maps the caller's uid and
 * gid to themselves. Skips, saying why, when no namespace or mount can be
 * made here; broken on other failures. POSIX semaphores and shared memory
 * objects the test creates afterwards live in that tmpfs (and go with it). */
void ipcs_pshm_small_dev_shm(size_t npages);
/* Fill /dev/shm: a registered object written page by page until write(2)
 * fails with ENOSPC; then statvfs() must show no free block. Broken
 * otherwise (another errno, or nothing refused within 4096 pages). Use
 * after ipcs_pshm_small_dev_shm(), never on the host's /dev/shm. */
void ipcs_pshm_fill_dev_shm(void);

#endif
