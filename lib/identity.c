/* identity.c - capabilities, unprivileged identities and the requirements a
 * case declares. Capabilities are checked, not the uid: root here may lack
 * CAP_SYS_RESOURCE, and root in a user namespace holds them all. */
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "internal.h"

/* capget(2) without libcap or <linux/capability.h> (absent on some musl
 * setups): version 3, two 32-bit words per set. */
struct cap_header {
	uint32_t version;
	int pid;
};
struct cap_data {
	uint32_t effective, permitted, inheritable;
};
#define CAP_VERSION_3 0x20080522

static uint64_t effective_caps(void)
{
	struct cap_header h = {CAP_VERSION_3, 0};
	struct cap_data d[2];

	if (syscall(SYS_capget, &h, d) == -1)
		return 0;
	return (uint64_t)d[1].effective << 32 | d[0].effective;
}

bool ipcs_have_cap(int cap)
{
	return cap >= 0 && cap < 64 && (effective_caps() >> cap & 1);
}

static const char *cap_names[] = {
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};

const char *ipcs_cap_name(int cap)
{
	static _Thread_local char buf[16];

	if (cap >= 0 && (size_t)cap < sizeof cap_names / sizeof cap_names[0])
		return cap_names[cap];
	snprintf(buf, sizeof buf, "CAP#%d", cap);
	return buf;
}

void ipcs_require_cap(int cap)
{
	if (!ipcs_have_cap(cap))
		IPCS_SKIP("needs %s, which is not in the effective set", ipcs_cap_name(cap));
}

bool ipcs_is_unprivileged(void)
{
	return geteuid() != 0 && !ipcs_have_cap(IPCS_CAP_IPC_OWNER) &&
	       !ipcs_have_cap(IPCS_CAP_DAC_OVERRIDE);
}

bool ipcs_kernel_at_least(int major, int minor)
{
	struct utsname u;
	int ma = 0, mi = 0;

	if (uname(&u) < 0 || sscanf(u.release, "%d.%d", &ma, &mi) != 2)
		return false;
	return ma > major || (ma == major && mi >= minor);
}

bool ipcs_feature_present(const char *name)
{
	static const struct {
		const char *name;
		bool present;
	} features[] = {
#define F(n, macro) {n, macro}
#ifdef HAVE_SEMTIMEDOP
	    F("semtimedop", true),
#endif
#ifdef HAVE_MSG_COPY
	    F("msg_copy", true),
#endif
#ifdef HAVE_MSG_EXCEPT
	    F("msg_except", true),
#endif
#ifdef HAVE_MSG_STAT_ANY
	    F("msg_stat_any", true),
#endif
#ifdef HAVE_SEM_STAT_ANY
	    F("sem_stat_any", true),
#endif
#ifdef HAVE_SHM_STAT_ANY
	    F("shm_stat_any", true),
#endif
#ifdef HAVE_MAP_FIXED_NOREPLACE
	    F("map_fixed_noreplace", true),
#endif
#ifdef HAVE_MEMFD_CREATE
	    F("memfd_create", true),
#endif
#ifdef HAVE_MREMAP
	    F("mremap", true),
#endif
#ifdef HAVE_MQ_OPEN
	    F("mq_open", true),
#endif
	    F("", false),
#undef F
	};
	for (size_t i = 0; i < sizeof features / sizeof features[0]; i++)
		if (strcmp(features[i].name, name) == 0)
			return features[i].present;
	return false;
}

/* ------------------------------------------------------------- identities */

/* The id of NAME (else ALT) in an /etc/passwd-style file, else FALLBACK. Read
 * directly, not through getpwnam(): NSS needs shared libraries that a static
 * build in an initramfs or under gVisor does not have. */
static unsigned long id_from_db(const char *path, const char *name, const char *alt,
                                unsigned long fallback)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return fallback;
	char line[512];
	unsigned long found = fallback;
	bool exact = false;
	while (!exact && fgets(line, sizeof line, f)) {
		char *pw = strchr(line, ':');
		char *id = pw ? strchr(pw + 1, ':') : NULL;
		if (!id)
			continue;
		*pw = '\0';
		bool is_name = strcmp(line, name) == 0;
		if (!is_name && !(alt && strcmp(line, alt) == 0))
			continue;
		char *end;
		unsigned long v = strtoul(id + 1, &end, 10);
		if (end == id + 1 || *end != ':')
			continue;
		found = v;
		exact = is_name;
	}
	fclose(f);
	return found;
}

/* Identity 0 as the case started: when the case runs unprivileged it is the
 * case's own, so a child that has since become identity 1 must not see its new
 * ids as identity 0 (ipcs_identity_snapshot() is called by the case main). */
static struct {
	bool taken;
	uid_t uid;
	gid_t gid;
} first_identity;

static void identity0(uid_t *uid, gid_t *gid)
{
	if (first_identity.taken) {
		*uid = first_identity.uid;
		*gid = first_identity.gid;
	} else if (ipcs_is_unprivileged()) {
		*uid = geteuid();
		*gid = getegid();
	} else {
		*uid = (uid_t)id_from_db("/etc/passwd", "nobody", NULL, 65534);
		*gid = (gid_t)id_from_db("/etc/group", "nogroup", "nobody", 65534);
	}
}

void ipcs_identity_snapshot(void)
{
	first_identity.taken = false;
	identity0(&first_identity.uid, &first_identity.gid);
	first_identity.taken = true;
}

uid_t ipcs_user_uid(int which)
{
	uid_t uid;
	gid_t gid;
	identity0(&uid, &gid);
	/* A second uid next to nobody's, unlikely to own anything. */
	return which == 0 ? uid : uid - 1;
}

gid_t ipcs_user_gid(int which)
{
	uid_t uid;
	gid_t gid;
	identity0(&uid, &gid);
	return which == 0 ? gid : gid - 1;
}

static bool can_switch_identity(void)
{
	return ipcs_have_cap(IPCS_CAP_SETUID) && ipcs_have_cap(IPCS_CAP_SETGID);
}

/* Is uid mapped into our user namespace? (In the initial namespace every
 * uid is.) */
static bool id_mapped(const char *map_file, unsigned long id)
{
	FILE *f = fopen(map_file, "re");
	unsigned long inner, outer, count;
	bool found = false;

	if (!f)
		return true;
	while (!found && fscanf(f, "%lu %lu %lu", &inner, &outer, &count) == 3)
		found = id >= inner && id - inner < count;
	fclose(f);
	return found;
}

void ipcs_require_mapped(uid_t uid, gid_t gid)
{
	if (!id_mapped("/proc/self/uid_map", uid) || !id_mapped("/proc/self/gid_map", gid))
		IPCS_SKIP("uid %lu or gid %lu is not mapped in this user namespace (an IPC_SET "
		          "to it fails with EINVAL)",
		          (unsigned long)uid, (unsigned long)gid);
}

static const char *identity_unavailable(int which)
{
	static char why[160];

	if (which == 0 && ipcs_is_unprivileged())
		return NULL;
	if (!can_switch_identity())
		return which == 0 ? "needs an unprivileged identity: runs privileged without "
		                    "CAP_SETUID/CAP_SETGID to switch"
		                  : "needs a second identity: CAP_SETUID/CAP_SETGID are not held";
	if (!id_mapped("/proc/self/uid_map", ipcs_user_uid(which)) ||
	    !id_mapped("/proc/self/gid_map", ipcs_user_gid(which))) {
		snprintf(why, sizeof why, "uid %lu or gid %lu is not mapped in this user namespace",
		         (unsigned long)ipcs_user_uid(which), (unsigned long)ipcs_user_gid(which));
		return why;
	}
	return NULL;
}

void ipcs_become_ids(uid_t uid, gid_t gid, const gid_t *groups, int ngroups)
{
	if (!can_switch_identity())
		IPCS_SKIP("needs CAP_SETUID and CAP_SETGID to take uid %lu, gid %lu",
		          (unsigned long)uid, (unsigned long)gid);
	ipcs_require_mapped(uid, gid);
	for (int i = 0; i < ngroups; i++)
		ipcs_require_mapped(uid, groups[i]);
	if (setgroups((size_t)ngroups, groups) == -1)
		IPCS_BROKEN_ERRNO("setgroups(%d groups)", ngroups);
	if (setresgid(gid, gid, gid) == -1)
		IPCS_BROKEN_ERRNO("setresgid(%lu)", (unsigned long)gid);
	if (setresuid(uid, uid, uid) == -1)
		IPCS_BROKEN_ERRNO("setresuid(%lu)", (unsigned long)uid);
	/* Leaving uid 0 clears the capability sets; make sure it did (a
	 * SECBIT_KEEP_CAPS or NO_SETUID_FIXUP environment would not). */
	if (effective_caps() != 0)
		IPCS_BROKEN("still holding capabilities 0x%llx as uid %lu",
		            (unsigned long long)effective_caps(), (unsigned long)uid);
}

void ipcs_become_user(int which)
{
	const char *why = identity_unavailable(which);
	if (why)
		IPCS_SKIP("%s", why);
	if (which == 0 && ipcs_is_unprivileged())
		return;
	ipcs_become_ids(ipcs_user_uid(which), ipcs_user_gid(which), NULL, 0);
}

/* ----------------------------------------------------------- requirements */

static bool list_has(const char *list, const char *item, size_t len)
{
	return list && strlen(list) == len && strncmp(list, item, len) == 0;
}

const char *ipcs_unmet_requirement(const struct ipcs_case_info *ci)
{
	static char why[256];

	for (int cap = 0; cap < 64; cap++)
		if ((ci->caps >> cap & 1) && !ipcs_have_cap(cap)) {
			snprintf(why, sizeof why, "needs %s, which is not in the effective set",
			         ipcs_cap_name(cap));
			return why;
		}
	for (const char *p = ci->features; p && *p;) {
		size_t len = strcspn(p, ",");
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)len, p);
		if (!ipcs_feature_present(name)) {
			snprintf(why, sizeof why,
			         "built without %s (the libc or its headers lack it)", name);
			return why;
		}
		p += len + (p[len] == ',');
	}
	if (ci->min_kernel) {
		int ma = 0, mi = 0;
		struct utsname u;
		if (sscanf(ci->min_kernel, "%d.%d", &ma, &mi) == 2 &&
		    !ipcs_kernel_at_least(ma, mi)) {
			uname(&u);
			snprintf(why, sizeof why, "needs kernel %s or newer (running %s)",
			         ci->min_kernel, u.release);
			return why;
		}
	}
	const char *id_why = NULL;
	if (ci->needs & IPCS_NEEDS_UNPRIV)
		id_why = identity_unavailable(0);
	if (!id_why && (ci->needs & IPCS_NEEDS_TWO_USERS))
		id_why =
		    identity_unavailable(0) ? identity_unavailable(0) : identity_unavailable(1);
	if (id_why) {
		snprintf(why, sizeof why, "%s", id_why);
		return why;
	}
	if ((ci->needs & IPCS_NEEDS_PRIVATE_IPC_NS) &&
	    !list_has(getenv("IPCSUITE_ISOLATED"), "1", 1))
		return "needs a private IPC namespace, which the runner did not give it "
		       "(run it through ipcsuite with isolation)";
	return NULL;
}

void ipcs_format_needs(const struct ipcs_case_info *ci, char *buf, size_t size)
{
	size_t o = 0;
#define ADD(...) o += (size_t)snprintf(buf + o, o < size ? size - o : 0, __VA_ARGS__)
	if (ci->needs & IPCS_NEEDS_UNPRIV)
		ADD("%sunpriv", o ? "," : "");
	if (ci->needs & IPCS_NEEDS_TWO_USERS)
		ADD("%stwo-users", o ? "," : "");
	if (ci->needs & IPCS_NEEDS_EXCLUSIVE)
		ADD("%sexclusive", o ? "," : "");
	if (ci->needs & IPCS_NEEDS_PRIVATE_IPC_NS)
		ADD("%sprivate-ipc-ns", o ? "," : "");
	for (int cap = 0; cap < 64; cap++)
		if (ci->caps >> cap & 1)
			ADD("%scap=%s", o ? "," : "", ipcs_cap_name(cap));
	for (const char *p = ci->features; p && *p;) {
		size_t len = strcspn(p, ",");
		ADD("%sfeature=%.*s", o ? "," : "", (int)len, p);
		p += len + (p[len] == ',');
	}
	if (ci->min_kernel)
		ADD("%skernel>=%s", o ? "," : "", ci->min_kernel);
#undef ADD
	if (o == 0 && size > 1)
		snprintf(buf, size, "-");
	else if (o >= size && size > 0)
		buf[size - 1] = '\0';
}
