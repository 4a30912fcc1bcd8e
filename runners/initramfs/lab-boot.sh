# shellcheck shell=sh
# The caller's me, and timeout_s; lab_* set variables for the caller:
# shellcheck disable=SC2154,SC2034
# lab-boot.sh - shared by runners/qemu/ipcsuite-qemu and runners/uml/ipcsuite-uml
# (sourced, POSIX sh): the initramfs, the booted machine's console, and the
# verdict read from the runner's IPCSUITE-RESULT line.
#
# The caller sets: me (its name), top (the source tree) and calls
#   lab_options "$@"        wrapper options; sets lab_rest (the remaining args)
#   lab_initrd              sets initrd (builds the static tree if needed)
#   lab_boot CMD...         runs the machine, streams and logs its console
#   lab_verdict             exits with the runner's exit code (3: machine died)
#
# Wrapper options (before the kernel image):
#   --initrd FILE    boot this initramfs (from runners/initramfs/mkinitramfs) as it is
#   --build DIR      static build directory to install from (default
#                    $IPCSUITE_STATIC_BUILD, else <top>/build-static; configured
#                    with -DIPCSUITE_STATIC=ON and built when needed)
#   --timeout SEC    kill the machine after SEC seconds (default: per wrapper)
#   --log FILE       the console log (default: <cache>/logs/<wrapper>-<kernel>.log)
#   --mem MB         guest memory (default: 512 MB plus four times the
#                    compressed initramfs, at least 1024: the kernel holds the
#                    archive and its unpacked tmpfs at once; 590 static glibc
#                    cases are a 260 MB archive unpacking to ~560 MB)

lab_die() {
	echo "$me: $*" >&2
	exit 3
}

lab_options() {
	cache=${IPCSUITE_CACHE:-$top/.cache}
	initrd=
	build=${IPCSUITE_STATIC_BUILD:-$top/build-static}
	log=
	mem=
	while [ $# -gt 0 ]; do
		case $1 in
		--initrd) initrd=${2:?--initrd needs a file} && shift 2 ;;
		--build) build=${2:?--build needs a directory} && shift 2 ;;
		--timeout) timeout_s=${2:?--timeout needs seconds} && shift 2 ;;
		--log) log=${2:?--log needs a file} && shift 2 ;;
		--mem) mem=${2:?--mem needs megabytes} && shift 2 ;;
		--) shift && break ;;
		-*) echo "$me: unknown option $1 (options go before the kernel image)" >&2 && exit 2 ;;
		*) break ;;
		esac
	done
	[ $# -ge 1 ] || {
		echo "usage: $me [--initrd FILE] [--build DIR] [--timeout SEC] [--log FILE] [--mem MB] KERNEL [runner args...]" >&2
		exit 2
	}
	kernel=$1
	shift
	[ -f "$kernel" ] || lab_die "no kernel image $kernel"
	lab_nargs=$#
}

# The initramfs (below), and the guest memory it needs unless --mem said.
lab_initrd() {
	lab_initrd_file
	if [ -z "$mem" ]; then
		mib=$(($(wc -c <"$initrd") / 1048576))
		mem=$((512 + 4 * mib))
		[ "$mem" -ge 1024 ] || mem=1024
	fi
}

# The initramfs of a static build, rebuilt only when the installed tree changed.
lab_initrd_file() {
	if [ -n "$initrd" ]; then
		[ -f "$initrd" ] || lab_die "no initramfs $initrd"
		return
	fi
	if [ ! -f "$build/CMakeCache.txt" ]; then
		echo "$me: configuring a static build in $build" >&2
		cmake -S "$top" -B "$build" -DIPCSUITE_WERROR=ON -DIPCSUITE_STATIC=ON >&2 ||
			lab_die "cmake failed"
	fi
	grep -q '^IPCSUITE_STATIC:BOOL=ON' "$build/CMakeCache.txt" ||
		lab_die "$build is not a static build (configure it with -DIPCSUITE_STATIC=ON)"
	jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
	cmake --build "$build" -j "$jobs" >&2 || lab_die "build failed in $build"
	name=$(basename "$build")
	stage=$cache/stage/$name
	cmake --install "$build" --prefix "$stage" --strip >/dev/null ||
		lab_die "cmake --install $build failed"
	initrd=$cache/initramfs/$name.cpio.gz
	if [ -f "$initrd" ] && [ -z "$(find "$stage" -newer "$initrd" | head -n 1)" ]; then
		echo "$me: $initrd is up to date" >&2
		return
	fi
	"$top/runners/initramfs/mkinitramfs" "$stage" "$initrd" || lab_die "mkinitramfs failed"
}

# Runs CMD (the machine) under a timeout; its console, \r and terminal escapes
# removed, goes to stdout and to the log.
lab_boot() {
	if [ -z "$log" ]; then
		log=$cache/logs/$me-$(basename "$kernel").log
	fi
	mkdir -p "$(dirname "$log")"
	rcfile=$(mktemp "${TMPDIR:-/tmp}/$me.rc.XXXXXX")
	esc=$(printf '\033')
	t0=$(date +%s)
	echo "$me: booting $(basename "$kernel") (timeout ${timeout_s}s, log $log)" >&2
	{
		rc=0
		timeout -k 10 "$timeout_s" "$@" </dev/null 2>&1 || rc=$?
		echo "$rc" >"$rcfile"
	} | tr -d '\r' | sed "s/$esc\[[0-9;?]*[A-Za-z]//g; s/${esc}c//g" | tee "$log"
	machine_rc=$(cat "$rcfile")
	rm -f "$rcfile"
	boot_wall=$(($(date +%s) - t0))
}

lab_verdict() {
	result=$(grep '^IPCSUITE-RESULT ' "$log" | tail -n 1)
	if [ -z "$result" ]; then
		echo "" >&2
		if [ "$machine_rc" = 124 ] || [ "$machine_rc" = 137 ]; then
			echo "$me: the machine was killed after ${timeout_s}s (--timeout) without a result" >&2
		else
			echo "$me: the machine stopped without a result line (exit $machine_rc): it died (kernel panic, /init crashed, out of memory?)" >&2
		fi
		echo "$me: last lines of $log:" >&2
		tail -n 25 "$log" | sed 's/^/  | /' >&2
		exit 3
	fi
	code=$(echo "$result" | sed -n 's/.* exit=\([0-9]*\).*/\1/p')
	[ -n "$code" ] || lab_die "malformed result line: $result"
	echo "$me: $result (machine wall ${boot_wall}s)" >&2
	exit "$code"
}
