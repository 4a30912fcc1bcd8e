#!/bin/sh
# The HTML report end to end, on the fake cases (ctest report.cli and
# report.render):
#   report-test.sh cli IPCSUITE FAKE_MANIFEST WORK
#       bad input to "ipcsuite report" (malformed JSON, not a report, a missing
#       file, no file, a dangling --label) is exit 2 with one line, no page
#   report-test.sh render IPCSUITE FAKE_MANIFEST WORK
#       two runs of the fakes (one with a baseline whose reason is hostile
#       markup, one under a hostile label) -> one page, checked by
#       check-html.sh, in headless Chromium when installed (SKIPPED: if not)
set -eu
mode=$1 ipcsuite=$2 manifest=$3 work=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
fail() {
	echo "report-test: FAIL: $*" >&2
	exit 1
}

if [ "$mode" = cli ]; then
	# expect_usage WHAT ARGS...: exit 2, a message, no page
	expect_usage() {
		what=$1
		shift
		rc=0
		"$ipcsuite" report -o "$work/page.html" "$@" >"$work/out" 2>"$work/err" || rc=$?
		[ "$rc" -eq 2 ] || fail "$what: exit $rc, expected 2 ($(cat "$work/err"))"
		grep -q '^ipcsuite report: ' "$work/err" || fail "$what: no message: $(cat "$work/err")"
		[ ! -e "$work/page.html" ] || fail "$what: a page was written"
		echo "report-test: $what: $(head -n 1 "$work/err")"
	}
	printf '{"results": [{"id": 7, "outcome": null}, [], {"facility": "x", "outcome": "fail"}]}' >"$work/odd.json"
	printf '{"results": [1, 2' >"$work/truncated.json"
	printf '{"results": "\\q"}' >"$work/bad-escape.json"
	printf '[1, 2, 3]' >"$work/array.json"
	printf '' >"$work/empty.json"
	printf '{"results": []} trailing' >"$work/trailing.json"
	expect_usage "truncated JSON" "$work/truncated.json"
	expect_usage "a bad escape" "$work/bad-escape.json"
	expect_usage "not a report" "$work/array.json"
	expect_usage "an empty file" "$work/empty.json"
	expect_usage "trailing text" "$work/trailing.json"
	expect_usage "a missing file" "$work/nope.json"
	expect_usage "a dangling --label" "$work/odd.json" --label x
	expect_usage "a --label without a value" "$work/odd.json" --label
	expect_usage "an unknown option" --bogus "$work/array.json"
	rc=0
	"$ipcsuite" report >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq 2 ] || fail "no input: exit $rc, expected 2"
	# a report with odd but valid content is still a page
	"$ipcsuite" report -o "$work/odd.html" "$work/odd.json" || fail "a report with odd values: no page"
	grep -q '<table id="grid">' "$work/odd.html" || fail "a report with odd values: no grid"
	echo "report-test: cli: ok"
	exit 0
fi

# Two runs of the fakes, as two targets. The second expects fake/fail to fail,
# for a reason that is markup; the first is labelled with markup. (exit 1:
# the fakes fail on purpose.)
cat >"$work/fakes.expect" <<'EOT'
fake/fail fail <script>alert(1)</script> & the fake fails on purpose
EOT
"$ipcsuite" run --manifest "$manifest" --json "$work/all.json" --tap "$work/all.tap" \
	>"$work/all.log" 2>&1 || true
"$ipcsuite" run --manifest "$manifest" --expect "$work/fakes.expect" --json "$work/some.json" \
	--tap "$work/some.tap" fake/pass fake/skip fake/fail >"$work/some.log" 2>&1 || true
if [ ! -s "$work/all.json" ] || [ ! -s "$work/some.json" ]; then fail "the runs wrote no JSON"; fi
hostile='<img src=x onerror=alert(1)>'
"$ipcsuite" report -o "$work/report.html" --label "$hostile" "$work/all.json" \
	--label baseline "$work/some.json" || fail "ipcsuite report failed"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; the fake fails' "$work/report.html" ||
	fail "the baseline's reason is not in the expected failures, escaped"
sh "$here/check-html.sh" "$work/report.html" "$work/report.png" \
	"&lt;img src=x onerror=alert(1)&gt;" "$work/all.json" baseline "$work/some.json"
