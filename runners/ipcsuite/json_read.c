/*
 * json_read.c - a recursive-descent JSON reader for our own reports. Input is
 * a file the user names, so malformed JSON of any shape must end in an error
 * message, never a crash: every read is bounds-checked and depth is limited.
 */
#include "json_read.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 64 };

struct parser {
	const char *s;
	size_t len, pos;
	char *err;
	size_t errlen;
	bool failed;
};

static void fail(struct parser *p, const char *fmt, ...)
{
	if (p->failed)
		return;
	p->failed = true;
	int n = snprintf(p->err, p->errlen, "offset %zu: ", p->pos);
	if (n < 0 || (size_t)n >= p->errlen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
	va_end(ap);
}

static void skip_ws(struct parser *p)
{
	while (p->pos < p->len && strchr(" \t\r\n", p->s[p->pos]) && p->s[p->pos])
		p->pos++;
}

static bool literal(struct parser *p, const char *word)
{
	size_t n = strlen(word);
	if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n)) {
		fail(p, "expected a value");
		return false;
	}
	p->pos += n;
	return true;
}

struct buf {
	char *s;
	size_t len, cap;
};

static bool buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 32;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *t = realloc(b->s, cap);
		if (!t)
			return false;
		b->s = t;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return true;
}

static bool put_utf8(struct buf *b, unsigned long cp)
{
	char u[4];
	size_t n;
	if (cp == 0)
		cp = 0xfffd; /* a NUL would cut the C string short */
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	return buf_add(b, u, n);
}

static bool hex4(struct parser *p, unsigned long *out)
{
	if (p->len - p->pos < 4) {
		fail(p, "truncated \\u escape");
		return false;
	}
	unsigned long v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p->s[p->pos + (size_t)i];
		int d = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (d < 0) {
			fail(p, "bad hex digit in \\u escape");
			return false;
		}
		v = v * 16 + (unsigned long)d;
	}
	p->pos += 4;
	*out = v;
	return true;
}

/* \uXXXX, with surrogate pairs joined; a lone surrogate becomes U+FFFD. */
static bool unicode_escape(struct parser *p, struct buf *b)
{
	unsigned long cp;
	if (!hex4(p, &cp))
		return false;
	if (cp >= 0xd800 && cp <= 0xdbff && p->len - p->pos >= 6 && p->s[p->pos] == '\\' &&
	    p->s[p->pos + 1] == 'u') {
		size_t save = p->pos;
		unsigned long lo;
		p->pos += 2;
		if (!hex4(p, &lo))
			return false;
		if (lo >= 0xdc00 && lo <= 0xdfff)
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		else
			p->pos = save;
	}
	if (cp >= 0xd800 && cp <= 0xdfff)
		cp = 0xfffd;
	return put_utf8(b, cp);
}

static char *parse_string(struct parser *p)
{
	struct buf b = {0};
	if (!buf_add(&b, "", 0))
		goto oom;
	p->pos++; /* the opening quote */
	for (;;) {
		if (p->pos >= p->len) {
			fail(p, "unterminated string");
			goto out;
		}
		unsigned char c = (unsigned char)p->s[p->pos];
		if (c == '"') {
			p->pos++;
			return b.s;
		}
		if (c < 0x20) {
			fail(p, "control character in a string");
			goto out;
		}
		if (c != '\\') {
			/* copy a run of plain bytes at once */
			size_t start = p->pos;
			while (p->pos < p->len && p->s[p->pos] != '"' && p->s[p->pos] != '\\' &&
			       (unsigned char)p->s[p->pos] >= 0x20)
				p->pos++;
			if (!buf_add(&b, p->s + start, p->pos - start))
				goto oom;
			continue;
		}
		if (++p->pos >= p->len) {
			fail(p, "unterminated escape");
			goto out;
		}
		char e = p->s[p->pos++];
		const char *plain = e == '"'    ? "\""
		                    : e == '\\' ? "\\"
		                    : e == '/'  ? "/"
		                    : e == 'b'  ? "\b"
		                    : e == 'f'  ? "\f"
		                    : e == 'n'  ? "\n"
		                    : e == 'r'  ? "\r"
		                    : e == 't'  ? "\t"
		                                : NULL;
		if (plain) {
			if (!buf_add(&b, plain, 1))
				goto oom;
		} else if (e == 'u') {
			if (!unicode_escape(p, &b)) {
				if (!p->failed)
					goto oom;
				goto out;
			}
		} else {
			p->pos--;
			fail(p, "unknown escape \\%c", e >= 0x20 && e < 0x7f ? e : '?');
			goto out;
		}
	}
oom:
	fail(p, "out of memory");
out:
	free(b.s);
	return NULL;
}

static void parse_number(struct parser *p, struct jval *v)
{
	/* the JSON grammar, checked before strtod (which accepts more: hex, inf) */
	size_t i = p->pos;
	const char *s = p->s;
#define DIGIT(k) ((k) < p->len && s[k] >= '0' && s[k] <= '9')
	if (i < p->len && s[i] == '-')
		i++;
	if (!DIGIT(i)) {
		fail(p, "expected a value");
		return;
	}
	if (s[i] == '0')
		i++;
	else
		while (DIGIT(i))
			i++;
	if (i < p->len && s[i] == '.') {
		if (!DIGIT(i + 1)) {
			fail(p, "bad number");
			return;
		}
		for (i++; DIGIT(i); i++)
			;
	}
	if (i < p->len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < p->len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (!DIGIT(i)) {
			fail(p, "bad number");
			return;
		}
		while (DIGIT(i))
			i++;
	}
#undef DIGIT
	char tmp[64];
	size_t n = i - p->pos;
	if (n >= sizeof tmp) {
		fail(p, "number too long");
		return;
	}
	memcpy(tmp, s + p->pos, n);
	tmp[n] = '\0';
	v->type = JT_NUM;
	v->num = strtod(tmp, NULL);
	p->pos = i;
}

static void parse_value(struct parser *p, struct jval *v, int depth);

/* An array (keys == false) or an object: items are grown one at a time. */
static void parse_container(struct parser *p, struct jval *v, int depth, bool object)
{
	char close = object ? '}' : ']';
	v->type = object ? JT_OBJ : JT_ARR;
	p->pos++;
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == close) {
		p->pos++;
		return;
	}
	size_t cap = 0;
	for (;;) {
		if (v->n == cap) {
			cap = cap ? cap * 2 : 8;
			struct jval *items = realloc(v->items, cap * sizeof *items);
			if (items)
				v->items = items;
			char **keys = object && items ? realloc(v->keys, cap * sizeof *keys) : NULL;
			if (keys)
				v->keys = keys;
			if (!items || (object && !keys)) {
				fail(p, "out of memory");
				return;
			}
		}
		struct jval *item = &v->items[v->n];
		memset(item, 0, sizeof *item);
		if (object) {
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != '"') {
				fail(p, "expected a string key");
				return;
			}
			char *key = parse_string(p);
			if (!key)
				return;
			v->keys[v->n] = key;
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != ':') {
				v->n++; /* so that json_free frees the key */
				fail(p, "expected ':'");
				return;
			}
			p->pos++;
		}
		v->n++;
		parse_value(p, item, depth + 1);
		if (p->failed)
			return;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == close) {
			p->pos++;
			return;
		}
		fail(p, "expected ',' or '%c'", close);
		return;
	}
}

static void parse_value(struct parser *p, struct jval *v, int depth)
{
	if (depth > MAX_DEPTH) {
		fail(p, "nested deeper than %d", MAX_DEPTH);
		return;
	}
	skip_ws(p);
	if (p->pos >= p->len) {
		fail(p, "unexpected end of input");
		return;
	}
	switch (p->s[p->pos]) {
	case '{':
		parse_container(p, v, depth, true);
		break;
	case '[':
		parse_container(p, v, depth, false);
		break;
	case '"':
		v->str = parse_string(p);
		if (v->str)
			v->type = JT_STR;
		break;
	case 't':
		if (literal(p, "true"))
			v->type = JT_BOOL, v->b = true;
		break;
	case 'f':
		if (literal(p, "false"))
			v->type = JT_BOOL;
		break;
	case 'n':
		if (literal(p, "null"))
			v->type = JT_NULL;
		break;
	default:
		parse_number(p, v);
	}
}

static void free_inner(struct jval *v)
{
	for (size_t i = 0; i < v->n; i++) {
		if (v->items)
			free_inner(&v->items[i]);
		if (v->keys)
			free(v->keys[i]);
	}
	free(v->items);
	free(v->keys);
	free(v->str);
}

void json_free(struct jval *v)
{
	if (!v)
		return;
	free_inner(v);
	free(v);
}

struct jval *json_parse(const char *text, size_t len, char *err, size_t errlen)
{
	struct parser p = {.s = text, .len = len, .err = err, .errlen = errlen};
	if (errlen)
		err[0] = '\0';
	struct jval *v = calloc(1, sizeof *v);
	if (!v) {
		fail(&p, "out of memory");
		return NULL;
	}
	parse_value(&p, v, 0);
	skip_ws(&p);
	if (!p.failed && p.pos < p.len)
		fail(&p, "trailing characters after the value");
	if (p.failed) {
		json_free(v);
		return NULL;
	}
	return v;
}

const struct jval *json_get(const struct jval *obj, const char *key)
{
	if (!obj || obj->type != JT_OBJ)
		return NULL;
	for (size_t i = 0; i < obj->n; i++)
		if (!strcmp(obj->keys[i], key))
			return &obj->items[i];
	return NULL;
}

const char *json_get_str(const struct jval *obj, const char *key)
{
	const struct jval *v = json_get(obj, key);
	return v && v->type == JT_STR ? v->str : NULL;
}

double json_get_num(const struct jval *obj, const char *key, double def)
{
	const struct jval *v = json_get(obj, key);
	return v && v->type == JT_NUM ? v->num : def;
}

bool json_get_bool(const struct jval *obj, const char *key, bool def)
{
	const struct jval *v = json_get(obj, key);
	return v && v->type == JT_BOOL ? v->b : def;
}
