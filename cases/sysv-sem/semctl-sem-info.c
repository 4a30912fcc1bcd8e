/*
 * SEM_INFO returns the IPC_INFO limits except that semusz is the number of
 * sets and semaem the number of semaphores in all sets; in a private IPC
 * namespace both follow exactly the sets a case creates and removes.
 *
 * Ref: semctl(2) SEM_INFO ("the semusz field returns the number of semaphore
 * sets that currently exist on the system; and the semaem field returns the
 * total number of semaphores in all semaphore sets on the system").
 */
#include <string.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SEM_INFO reports the number of sets in semusz and of semaphores in semaem",
          .ref = "semctl(2) SEM_INFO", .needs = IPCS_NEEDS_PRIVATE_IPC_NS,
          .tags = "semctl,sem-info");

static struct seminfo sem_info(void)
{
	struct seminfo si;
	memset(&si, 0, sizeof si);
	IPCS_SAFE(semctl(0, 0, SEM_INFO, (union ipcs_semun){.__buf = &si}));
	return si;
}

IPCS_TEST(counts_sets_and_semaphores)
{
	struct seminfo before = sem_info();
	struct ipcs_sem_limits l;
	ipcs_sem_limits(&l);
	IPCS_EXPECT_EQ(before.semmni, l.semmni);
	IPCS_EXPECT_EQ(before.semvmx, 32767);
	int a = ipcs_sem_new(3);
	ipcs_sem_new(4);
	struct seminfo mid = sem_info();
	IPCS_EXPECT_EQ(mid.semusz, before.semusz + 2);
	IPCS_EXPECT_EQ(mid.semaem, before.semaem + 7);
	ipcs_sem_rm(a);
	struct seminfo after = sem_info();
	IPCS_EXPECT_EQ(after.semusz, before.semusz + 1);
	IPCS_EXPECT_EQ(after.semaem, before.semaem + 4);
}

IPCS_MAIN(counts_sets_and_semaphores)
