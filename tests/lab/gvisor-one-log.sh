#!/bin/sh
# runners/gvisor/ipcsuite-gvisor with both output streams in one file, as
# ci/matrix captures them, against a fake runsc that (like a sandbox that
# reopens its host files) writes each descriptor at an offset of its own:
# the log must keep the runsc version line, the runner's stdout and its
# stderr, and the front end must exit with the runner's status.
#
#   tests/lab/gvisor-one-log.sh TOP
set -eu
top=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/ipcsuite-gvisor-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stage/bin"
printf '#!/bin/sh\nexit 0\n' >"$work/stage/bin/ipcsuite"
cat >"$work/runsc" <<'FAKE'
#!/bin/sh
if [ "$1" = --version ]; then
	echo "runsc version fake-1"
	exit 0
fi
# own offsets from 0, as if the sandbox had opened the files itself
exec 1<>/proc/self/fd/1 2<>/proc/self/fd/2
echo "TAP from the runner"
echo "summary from the runner" >&2
exit 1
FAKE
chmod +x "$work/stage/bin/ipcsuite" "$work/runsc"

fail() {
	echo "FAIL: $*"
	sed 's/^/  | /' "$work/log"
	exit 1
}
status=0
RUNSC=$work/runsc IPCSUITE_STAGE=$work/stage "$top/runners/gvisor/ipcsuite-gvisor" \
	>"$work/log" 2>&1 </dev/null || status=$?
[ "$status" -eq 1 ] || fail "exit $status, not the runner's 1"
grep -q '^ipcsuite-gvisor: runsc version fake-1, platform ' "$work/log" || fail "the runsc version line is lost"
grep -qx 'TAP from the runner' "$work/log" || fail "the runner's stdout is lost"
grep -qx 'summary from the runner' "$work/log" || fail "the runner's stderr is lost"
echo "ok: one log keeps the runsc version line and both streams"
