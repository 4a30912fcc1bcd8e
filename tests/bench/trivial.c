/*
 * trivial.c - a case with one test that does nothing, built like every case
 * (lib/, Check): the benchmark compares its start-up with the floor program.
 * Not in the manifest: it documents no behavior.
 */
#include "ipcsuite.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "nothing (the benchmark's trivial case)",
          .ref = "ci/bench", .tags = "bench");

IPCS_TEST(does_nothing)
{
}

IPCS_MAIN(does_nothing)
