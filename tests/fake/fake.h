/*
 * fake.h - helpers for the fake cases: small programs that behave (or
 * misbehave) like cases under docs/case-protocol.md, so that the runner's
 * handling of each behavior can be tested. Plain C; they do not use lib/.
 */
#ifndef IPCSUITE_FAKE_H
#define IPCSUITE_FAKE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Who documents the fake's behavior (manifest field 9); a fake may define its own. */
#ifndef FAKE_LEVEL
#define FAKE_LEVEL "linux"
#endif

/* Handles --meta (one manifest line) and --list; returns 1 if it did. */
static inline int fake_meta(int argc, char **argv, const char *name, int ntests, int timeout,
                            const char *needs, const char *tags, const char *behavior)
{
	if (argc > 1 && !strcmp(argv[1], "--meta")) {
		printf("fake/%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", name, ntests, timeout, needs, tags,
		       behavior, "tests/fake", FAKE_LEVEL);
		return 1;
	}
	if (argc > 1 && !strcmp(argv[1], "--list")) {
		for (int i = 1; i <= ntests; i++)
			printf("t%d\n", i);
		return 1;
	}
	return 0;
}

/* A file in $FAKE_STATE_DIR (set by the self-tests), or NULL when unset. */
static inline char *fake_state(const char *name)
{
	const char *dir = getenv("FAKE_STATE_DIR");
	static char path[4096];
	if (!dir || !*dir)
		return NULL;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

static inline void fake_write_file(const char *name, const char *fmt, long v)
{
	char *p = fake_state(name);
	if (!p)
		return;
	FILE *f = fopen(p, "w");
	if (f) {
		fprintf(f, fmt, v);
		fclose(f);
	}
}

#define META(...)                                                                                  \
	do {                                                                                       \
		if (fake_meta(argc, argv, __VA_ARGS__))                                            \
			return 0;                                                                  \
	} while (0)

#endif
