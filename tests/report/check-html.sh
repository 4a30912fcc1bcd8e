#!/bin/sh
# Checks an "ipcsuite report" page: statically (its grid and counts agree with
# the JSON it was made from, hostile text is escaped, nothing is fetched), then
# in a real browser: headless Chromium loads it, the DOM it built must hold the
# grid's cells and the counts, and its screenshot must be a real PNG image.
#
#   sh tests/report/check-html.sh HTML PNG LABEL RUN.json [LABEL RUN.json...]
#
# LABEL is the target's name as the page shows it (HTML-escaped); RUN.json the
# file it came from. Prints "SKIPPED: ..." (and exits 0) when no chromium is
# installed (ci/install-report-deps installs it).
set -eu
html=$1 png=$2
shift 2
fail() {
	echo "check-html: FAIL: $*" >&2
	exit 1
}

# jsoncount FILE: the runs in a JSON report (one "outcome" per result, at
# the results' indentation; diagnostics carry theirs on one line elsewhere)
cases_in() { grep -c '^      "outcome": ' "$1" || true; }
facilities_in() { sed -n 's/^      "facility": "\(.*\)",$/\1/p' "$1"; }

ntargets=$(($# / 2)) all_fac=
if [ $(($# % 2)) -ne 0 ] || [ "$ntargets" -eq 0 ]; then fail "usage: check-html.sh HTML PNG LABEL RUN.json..."; fi
i=0
for arg; do
	i=$((i + 1))
	[ $((i % 2)) -eq 0 ] || continue
	all_fac="$all_fac$(facilities_in "$arg")
"
done
nfac=$(printf '%s' "$all_fac" | sort -u | grep -c . || true)
[ "$nfac" -gt 0 ] || fail "no facility in the JSON reports"

# check_page FILE WHAT: the grid, the counts, the escaping
check_page() {
	page=$1 what=$2
	shift 2
	grep -q '<table id="grid">' "$page" || fail "$what: no grid table"
	cells=$(grep -o '<td class="cell [a-z]*"' "$page" | wc -l)
	[ "$cells" -eq $((ntargets * nfac)) ] ||
		fail "$what: $cells grid cells, expected $ntargets targets x $nfac facilities"
	while [ $# -gt 0 ]; do
		label=$1 json=$2
		shift 2
		n=$(cases_in "$json")
		grep -q "<tr><th>$label<span" "$page" || fail "$what: no grid row for $label"
		grep -q "<tr data-target=\"[0-9]*\"><th>$label</th>.*<td class=\"num cases\">$n</td>" "$page" ||
			fail "$what: the counts do not show $n cases for $label"
	done
	grep -q '<table id="counts">' "$page" || fail "$what: no counts table"
	for id in failures expected skips timings; do
		grep -q "id=\"$id\"" "$page" || fail "$what: no $id section"
	done
	# nothing from a report became markup, nothing is fetched at view time
	! grep -qiE '<(script|img|iframe|link)[ >]' "$page" || fail "$what: markup from a report"
	! grep -qiE '(src|href)="?(https?:)?//' "$page" || fail "$what: an external resource"
}
check_page "$html" "the HTML file" "$@"
echo "check-html: the file has the grid ($ntargets x $nfac) and the counts"

chromium=
for c in chromium chromium-browser; do
	command -v "$c" >/dev/null 2>&1 && chromium=$c && break
done
if [ -z "$chromium" ]; then
	echo "SKIPPED: chromium is not installed (ci/install-report-deps); the file was checked, not rendered"
	exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/check-html.XXXXXX")
trap 'rm -rf "$work"' EXIT
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
# --no-sandbox: the self-tests run as root in containers, where the sandbox
# cannot start; the page is our own and has no script
browse() {
	timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
		--no-first-run --user-data-dir="$work/profile" "$@" "$url" 2>"$work/stderr"
}
browse --dump-dom >"$work/dom.html" || fail "chromium --dump-dom failed: $(tail -3 "$work/stderr")"
check_page "$work/dom.html" "the DOM chromium built" "$@"
echo "check-html: chromium's DOM has the grid and the counts"

rm -f "$png"
browse --screenshot="$png" --window-size=1280,1600 --hide-scrollbars >/dev/null ||
	fail "chromium --screenshot failed: $(tail -3 "$work/stderr")"
[ -s "$png" ] || fail "no screenshot written"
magic=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
[ "$magic" = 89504e470d0a1a0a ] || fail "$png is not a PNG (starts $magic)"
# IHDR: width and height, big-endian, at bytes 16 and 20
dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
size=$(wc -c <"$png")
# a blank page compresses to a few kB; a rendered grid with text does not
[ "$size" -gt 20000 ] || fail "$png is only $size bytes ($dims): nothing rendered?"
echo "check-html: screenshot $png: $dims, $size bytes"
