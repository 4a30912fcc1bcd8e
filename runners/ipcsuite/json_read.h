/*
 * json_read.h - a small JSON reader, enough for the runner's own reports
 * (ipcsuite report reads what "run --json" wrote). Self-contained: libc only,
 * so that its self-test can build it alone.
 */
#ifndef IPCSUITE_JSON_READ_H
#define IPCSUITE_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>

enum jtype { JT_NULL, JT_BOOL, JT_NUM, JT_STR, JT_ARR, JT_OBJ };

struct jval {
	enum jtype type;
	bool b;
	double num;
	char *str;          /* JT_STR: UTF-8, NUL-terminated (a \u0000 becomes U+FFFD) */
	size_t n;           /* JT_ARR, JT_OBJ: number of items */
	struct jval *items; /* JT_ARR, JT_OBJ: the values */
	char **keys;        /* JT_OBJ: the keys, items[i] is keys[i]'s value */
};

/* Parses text[0..len); NULL on malformed input or out of memory, with a
 * one-line reason ("offset N: ...") in err. Nesting deeper than 64 is refused. */
struct jval *json_parse(const char *text, size_t len, char *err, size_t errlen);
void json_free(struct jval *v);

/* Lookups that tolerate anything: a missing key or a wrong type gives NULL,
 * or def for the scalar getters. */
const struct jval *json_get(const struct jval *obj, const char *key);
const char *json_get_str(const struct jval *obj, const char *key);
double json_get_num(const struct jval *obj, const char *key, double def);
bool json_get_bool(const struct jval *obj, const char *key, bool def);

#endif
