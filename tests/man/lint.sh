#!/bin/sh
# The man pages lint clean with mandoc (every warning is a failure) and render
# with man -l at 80 columns, without a warning, when man-db is there. SKIPPED: when mandoc is missing
# (ci/install-deps installs it).
set -eu
status=0
command -v mandoc >/dev/null 2>&1 || {
	echo "SKIPPED: mandoc is not installed (ci/install-deps installs it)"
	exit 0
}
for page in "$@"; do
	out=$(mandoc -T lint -W warning "$page" 2>&1) || true
	if [ -n "$out" ]; then
		echo "$page: mandoc -T lint -W warning:"
		echo "$out"
		status=1
	fi
	if command -v man >/dev/null 2>&1; then
		lines=$(MANWIDTH=80 man -l "$page" 2>/dev/null | wc -l)
		warnings=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null) || true
		if [ "$lines" -lt 20 ] || [ -n "$warnings" ]; then
			echo "$page: man -l at 80 columns rendered $lines lines${warnings:+, and warned: $warnings}"
			status=1
		fi
	fi
	echo "$page: checked"
done
exit $status
