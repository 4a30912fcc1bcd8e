/*
 * escape.c - case output is untrusted: everything the runner re-emits goes
 * through here, so that control characters, invalid UTF-8 or markup in a
 * case's output can never corrupt the TAP, YAML, JSON or XML we write.
 */
#include <string.h>

#include "runner.h"

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid.
 * Rejects overlongs, surrogates, > U+10FFFF and C1 controls. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len;
	unsigned cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp <= 0x9f) || cp == 0xfeff ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0xfffe || cp == 0xffff)
		return 0;
	return len;
}

void sanitize_into(struct sbuf *out, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		if (c == '\t') {
			sb_putc(out, ' ');
			i++;
		} else if (c >= 0x20 && c < 0x7f) {
			sb_putc(out, (char)c);
			i++;
		} else if (c >= 0x80 && utf8_len(s + i, n - i) > 1) {
			size_t l = utf8_len(s + i, n - i);
			sb_add(out, s + i, l);
			i += l;
		} else {
			char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
			sb_add(out, e, 4);
			i++;
		}
	}
}

char *sanitize(const char *s, size_t n)
{
	struct sbuf b = {0};
	sanitize_into(&b, s, n);
	return b.s ? b.s : xstrdup("");
}

void tap_escape_into(struct sbuf *out, const char *s)
{
	struct sbuf clean = {0};
	sanitize_into(&clean, s, strlen(s));
	for (const char *p = sb_str(&clean); *p; p++) {
		if (*p == '#' || *p == '\\')
			sb_putc(out, '\\');
		sb_putc(out, *p);
	}
	sb_free(&clean);
}

/* Shared by YAML and JSON double-quoted strings: \" \\ \n \t, and \xNN
 * (YAML) or \u00NN (JSON) for any other control or non-UTF-8 byte. */
static void dq_into(struct sbuf *out, const char *str, bool yaml)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = strlen(str);
	static const char hex[] = "0123456789abcdef";
	sb_putc(out, '"');
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		size_t l;
		if (c == '"' || c == '\\') {
			sb_putc(out, '\\');
			sb_putc(out, (char)c);
			i++;
		} else if (c == '\n') {
			sb_puts(out, "\\n");
			i++;
		} else if (c == '\t') {
			sb_puts(out, "\\t");
			i++;
		} else if (c >= 0x20 && c < 0x7f) {
			sb_putc(out, (char)c);
			i++;
		} else if (c >= 0x80 && (l = utf8_len(s + i, n - i)) > 1) {
			sb_add(out, s + i, l);
			i += l;
		} else {
			/* a control or a byte that is not UTF-8: \u00XX keeps both
			 * formats valid and the byte value visible */
			char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			if (yaml) /* TAP::Parser's YAMLish reads \xNN, not \uNNNN */
				sb_add(out, "\\x", 2), sb_add(out, e + 4, 2);
			else
				sb_add(out, e, 6);
			i++;
		}
	}
	sb_putc(out, '"');
}

void yaml_quote_into(struct sbuf *out, const char *s)
{
	dq_into(out, s ? s : "", true);
}

void json_quote_into(struct sbuf *out, const char *s)
{
	if (!s) {
		sb_puts(out, "null");
		return;
	}
	dq_into(out, s, false);
}

void json_quote_file(FILE *f, const char *s)
{
	struct sbuf b = {0};
	json_quote_into(&b, s);
	fputs(sb_str(&b), f);
	sb_free(&b);
}

void xml_escape_into(struct sbuf *out, const char *s)
{
	/* Sanitizing first removes every character XML 1.0 forbids; newlines stay. */
	struct sbuf clean = {0};
	for (const char *seg = s;;) {
		const char *nl = strchr(seg, '\n');
		sanitize_into(&clean, seg, nl ? (size_t)(nl - seg) : strlen(seg));
		if (!nl)
			break;
		sb_putc(&clean, '\n');
		seg = nl + 1;
	}
	for (const char *p = sb_str(&clean); *p; p++) {
		switch (*p) {
		case '<':
			sb_puts(out, "&lt;");
			break;
		case '>':
			sb_puts(out, "&gt;");
			break;
		case '&':
			sb_puts(out, "&amp;");
			break;
		case '"':
			sb_puts(out, "&quot;");
			break;
		case '\'':
			sb_puts(out, "&apos;");
			break;
		default:
			sb_putc(out, *p);
		}
	}
	sb_free(&clean);
}
