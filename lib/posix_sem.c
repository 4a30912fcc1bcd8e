/* posix_sem.c - creating and reading POSIX semaphores for the posix-sem
 * cases; setup only (broken on failure). */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite_posix_sem.h"

sem_t *ipcs_psem_create(char name[IPCS_PNAME_SIZE], mode_t mode, unsigned value)
{
	ipcs_unique_name(name, IPCS_PNAME_SIZE, "sem");
	sem_t *sem = sem_open(name, O_CREAT | O_EXCL, mode, value);
	if (sem == SEM_FAILED)
		IPCS_BROKEN_ERRNO("sem_open(%s, O_CREAT | O_EXCL, 0%o, %u)", name, (unsigned)mode,
		                  value);
	ipcs_track(IPCS_OBJ_PSEM, 0, name);
	return sem;
}

long ipcs_psem_open(sem_t **out, const char *name, int oflag, mode_t mode, unsigned value)
{
	sem_t *sem = sem_open(name, oflag, mode, value);
	if (sem == SEM_FAILED)
		return -1;
	if (oflag & O_CREAT)
		ipcs_track(IPCS_OBJ_PSEM, 0, name);
	if (out)
		*out = sem;
	return 0;
}

void ipcs_psem_unlink(const char *name)
{
	if (sem_unlink(name) == -1)
		IPCS_BROKEN_ERRNO("sem_unlink(%s)", name);
	ipcs_untrack(IPCS_OBJ_PSEM, 0, name);
}

sem_t *ipcs_psem_shared(unsigned value)
{
	sem_t *sem =
	    (sem_t *)(void *)ipcs_map_anon(sizeof *sem, PROT_READ | PROT_WRITE, MAP_SHARED);
	if (sem_init(sem, 1, value) == -1)
		IPCS_BROKEN_ERRNO("sem_init(pshared 1, %u)", value);
	return sem;
}

int ipcs_psem_value_(sem_t *sem, const char *file, int line)
{
	int v;
	if (sem_getvalue(sem, &v) == -1)
		ipcs_broken_at(file, line, errno, "sem_getvalue");
	return v;
}

const char *ipcs_psem_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "/dev/shm/sem.%s", name[0] == '/' ? name + 1 : name);
	return buf;
}
