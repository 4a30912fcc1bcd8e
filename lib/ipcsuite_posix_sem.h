/*
 * ipcsuite_posix_sem.h - POSIX semaphore helpers for cases/posix-sem/.
 *
 * Setup only: every creator ends the test broken when the system refuses,
 * and registers what it made (IPCS_OBJ_PSEM) so that it is removed on every
 * path. The call under test stays in the case, inside an IPCS_EXPECT_*.
 */
#ifndef IPCSUITE_POSIX_SEM_H
#define IPCSUITE_POSIX_SEM_H

#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/mman.h> /* PROT_*, MAP_SHARED for ipcs_map_anon */
#include <sys/stat.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h" /* ipcs_map_anon */

/* Linux/glibc define SEM_VALUE_MAX in <limits.h>; POSIX allows <semaphore.h>. */
#ifndef SEM_VALUE_MAX
#error "SEM_VALUE_MAX is not defined by <limits.h> or <semaphore.h>"
#endif

/* Size of a buffer for a name from ipcs_unique_name(). */
#ifndef IPCS_PNAME_SIZE
#define IPCS_PNAME_SIZE 64
#endif

/* A new named semaphore: a unique name (written to name) opened with O_CREAT | O_EXCL, mode and
 * value as given (the umask applies), registered. Broken on failure. */
sem_t *ipcs_psem_create(char name[IPCS_PNAME_SIZE], mode_t mode, unsigned value);
/* sem_open() as the call under test, for IPCS_EXPECT_ERRNO / _OK: -1 with
 * errno as sem_open left it when it returns SEM_FAILED (a null pointer on
 * glibc and musl, so never test its return directly), else 0 with the
 * semaphore in *out (when out is not NULL). With O_CREAT the name is
 * registered on success, so that an unexpected creation is removed too. */
long ipcs_psem_open(sem_t **out, const char *name, int oflag, mode_t mode, unsigned value);
/* sem_unlink(name) as setup: broken on failure; unregisters it. */
void ipcs_psem_unlink(const char *name);

/* An unnamed semaphore with pshared 1 in a shared anonymous mapping,
 * initialised to value: it works across fork. Broken on failure. */
sem_t *ipcs_psem_shared(unsigned value);

/* sem_getvalue() as setup (broken on failure). */
int ipcs_psem_value_(sem_t *sem, const char *file, int line);
#define ipcs_psem_value(sem) ipcs_psem_value_(sem, __FILE__, __LINE__)
/* The value sem_getvalue() reports equals want (behavior check). */
#define IPCS_EXPECT_SEM_VALUE(sem, want) IPCS_EXPECT_EQ(ipcs_psem_value(sem), want)

/* /dev/shm/sem.<name without its slash>: where Linux keeps a named
 * semaphore (sem_overview(7)). */
const char *ipcs_psem_path(char *buf, size_t size, const char *name);

#endif
