package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;

/**
 * The IPv4 forwarding information base of one namespace (net/ipv4/fib_frontend.c, fib_trie.c,
 * fib_semantics.c): tables created on first use, the default rules (local, main, default),
 * route insert/delete with the kernel's checks, and the routes an address implies.
 */
public final class Fib {
    /** NLM_F_* request flags that decide add/append/replace/change semantics. */
    public static final int NLM_F_REPLACE = 0x100, NLM_F_EXCL = 0x200, NLM_F_CREATE = 0x400, NLM_F_APPEND = 0x800;

    private final TreeMap<Integer, FibTable> tables = new TreeMap<>();
    /** The IPv4 policy rules of the namespace (net->ipv4.rules_ops). */
    public final Fib4RulesOps rules;
    /**
     * fib_has_custom_rules: false until a rule is added or deleted. Until then local and main
     * are one merged trie (a lookup takes the longest prefix of both and reports table main).
     */
    private boolean customRules;

    Fib(Net net) { this.rules = new Fib4RulesOps(net, this); }

    public FibTable table(int id) { return tables.get(id); }

    /**
     * fib_new_table. While local and main are merged (no custom rules), asking for local brings
     * main into being as well: the kernel hands out the main table then.
     */
    public FibTable newTable(int id) {
        if (id == FibRoute.RT_TABLE_LOCAL && !customRules) tables.computeIfAbsent(FibRoute.RT_TABLE_MAIN, this::create);
        return tables.computeIfAbsent(id, this::create);
    }

    /** When each table came into being (fib_new_table puts a new table at the head of its hash chain). */
    private final java.util.Map<Integer, Long> born = new java.util.HashMap<>();
    private long births;

    private FibTable create(int id) {
        born.put(id, births++);
        return new FibTable(id);
    }

    /**
     * The tables as inet_dump_fib walks them: by fib_table_hash slot (id & 255, so table 4711 comes
     * before main), each chain newest first.
     */
    public List<FibTable> tables() {
        List<FibTable> l = new ArrayList<>(tables.values());
        l.sort(java.util.Comparator.<FibTable>comparingInt(t -> t.id & 255)
                .thenComparing(t -> -born.getOrDefault(t.id, 0L)));
        return l;
    }

    /** fib_unmerge: the first rule change splits local from main for good. */
    void unmerge() { customRules = true; }

    public boolean hasCustomRules() { return customRules; }

    /** fib_empty_table: the lowest unused table id from 1 (a to-table rule given table 0). */
    FibTable emptyTable() throws KernelException {
        for (int id = 1; id <= FibRoute.RT_TABLE_LOCAL; id++) if (!tables.containsKey(id)) return newTable(id);
        throw new KernelException(Errno.ENOBUFS);
    }

    /** fib_props[type].error: what a lookup that lands on a route of this type returns (EAGAIN = next rule). */
    static Errno typeError(int type) {
        return switch (type) {
            case FibRoute.RTN_BLACKHOLE -> Errno.EINVAL;
            case FibRoute.RTN_UNREACHABLE -> Errno.EHOSTUNREACH;
            case FibRoute.RTN_PROHIBIT -> Errno.EACCES;
            case FibRoute.RTN_THROW -> Errno.EAGAIN;
            default -> null;
        };
    }

    /**
     * fib_lookup: the route for a flow, through the policy rules once there are custom ones, else
     * through the merged local+main table and then default. The reported table of a merged lookup
     * is main. Errors are the rule's or the route type's; no decision at all is ENETUNREACH.
     */
    public Result lookup(Flowi4 fl) throws KernelException {
        if (!customRules) {
            FibRoute best = null;
            for (int id : new int[] {FibRoute.RT_TABLE_MAIN, FibRoute.RT_TABLE_LOCAL}) {
                FibTable t = tables.get(id);
                FibRoute r = t == null ? null : t.lookup(fl.daddr, 0, fl.oif);
                if (r != null && (best == null || r.dstLen > best.dstLen)) best = r;
            }
            int table = FibRoute.RT_TABLE_MAIN;
            Errno e = best == null ? Errno.EAGAIN : typeError(best.type);
            if (e == Errno.EAGAIN) {
                FibTable t = tables.get(FibRoute.RT_TABLE_DEFAULT);
                best = t == null ? null : t.lookup(fl.daddr, 0, fl.oif);
                table = FibRoute.RT_TABLE_DEFAULT;
                e = best == null ? Errno.EAGAIN : typeError(best.type);
            }
            if (e == Errno.EAGAIN) throw new KernelException(Errno.ENETUNREACH);
            if (e != null) throw new KernelException(e);
            return new Result(best, table);
        }
        Fib4RulesOps.LookupArg arg = new Fib4RulesOps.LookupArg();
        Errno e = rules.lookup(fl, arg);
        if (e == Errno.ESRCH) e = Errno.ENETUNREACH;
        if (e != null) throw new KernelException(e);
        return new Result((FibRoute) arg.result, arg.rule.table);
    }

    /** A successful lookup (struct fib_result): the route and the table that gave it. */
    public record Result(FibRoute route, int table) {}

    /** fib_lookup with the default rules only (address-type questions, which never see custom rules). */
    public FibRoute lookup(int daddr, int oif) {
        for (int id : new int[] {FibRoute.RT_TABLE_LOCAL, FibRoute.RT_TABLE_MAIN, FibRoute.RT_TABLE_DEFAULT}) {
            FibTable t = tables.get(id);
            if (t == null) continue;
            FibRoute r = t.lookup(daddr, 0, oif);
            if (r != null) return r;
        }
        return null;
    }

    /**
     * fib_lookup for a flow with flowi4_scope {@code minScope} under the default rules: the merged
     * local+main table, then default; routes of a narrower scope are passed over (a gateway route
     * is universe scope, so a RT_SCOPE_LINK flow never takes it). Null when nothing matches.
     */
    public FibRoute lookupScope(int daddr, int minScope) {
        FibRoute best = null;
        for (int id : new int[] {FibRoute.RT_TABLE_MAIN, FibRoute.RT_TABLE_LOCAL}) {
            FibTable t = tables.get(id);
            FibRoute r = t == null ? null : t.lookup(daddr, minScope, 0);
            if (r != null && (best == null || r.dstLen > best.dstLen)) best = r;
        }
        if (best != null) return best;
        FibTable t = tables.get(FibRoute.RT_TABLE_DEFAULT);
        return t == null ? null : t.lookup(daddr, minScope, 0);
    }

    /** All routes of all tables (table id order), for flushes and device events. */
    List<FibRoute> all() {
        List<FibRoute> l = new ArrayList<>();
        for (FibTable t : tables.values()) l.addAll(t.routes());
        return l;
    }

    // ------------------------------------------------------------------ user requests

    /** fib_table_insert after fib_create_info's checks. */
    public void insert(FibRoute r, int nlFlags) throws KernelException {
        FibTable t = newTable(r.table == 0 ? FibRoute.RT_TABLE_MAIN : r.table);
        FibRoute first = null, lastSame = null;
        for (FibRoute o : t.routes()) {
            if (o.dst == r.dst && o.dstLen == r.dstLen && o.tos == r.tos && o.priority == r.priority) {
                if (first == null) first = o;
                lastSame = o;
            }
        }
        if (first != null) {
            if ((nlFlags & NLM_F_EXCL) != 0) throw new KernelException(Errno.EEXIST);
            if ((nlFlags & NLM_F_REPLACE) != 0) {
                t.replace(first, r);
                return;
            }
            for (FibRoute o : t.routes()) {
                if (o.dst == r.dst && o.dstLen == r.dstLen && o.tos == r.tos && o.priority == r.priority && o.sameAs(r))
                    throw new KernelException(Errno.EEXIST);
            }
            if ((nlFlags & NLM_F_APPEND) != 0) {
                t.insert(r);
                return;
            }
            t.insertFirst(r);
            return;
        }
        if ((nlFlags & NLM_F_CREATE) == 0) throw new KernelException(Errno.ENOENT);
        t.insert(r);
    }

    /** fib_table_delete: the first alias matching every attribute the request gave. */
    public void delete(FibRoute req, boolean typeGiven, boolean scopeGiven, boolean protoGiven, boolean prioGiven)
            throws KernelException {
        FibTable t = tables.get(req.table == 0 ? FibRoute.RT_TABLE_MAIN : req.table);
        // inet_rtm_delroute: tables come into being with their first route (a fresh namespace has none)
        if (t == null) throw new KernelException(Errno.ESRCH, "FIB table does not exist");
        for (FibRoute o : t.routes()) {
            if (o.dst != req.dst || o.dstLen != req.dstLen || o.tos != req.tos) continue;
            if (typeGiven && o.type != req.type) continue;
            if (scopeGiven && req.scope != InIfaddr.SCOPE_NOWHERE && o.scope != req.scope) continue;
            if (protoGiven && o.protocol != req.protocol) continue;
            if (prioGiven && o.priority != req.priority) continue;
            if (req.prefsrc != 0 && o.prefsrc != req.prefsrc) continue;
            if (req.gw != 0 && o.gw != req.gw) continue;
            if (req.dev != null && o.dev != req.dev) continue;
            t.remove(o);
            return;
        }
        throw new KernelException(Errno.ESRCH);
    }

    // ------------------------------------------------------------------ routes implied by addresses

    /** fib_magic: a kernel route for an address (local/broadcast in table local, prefix in main). */
    void magicAdd(int type, int dst, int len, InIfaddr ifa) { magicAdd(type, dst, len, ifa, 0); }

    /** fib_magic RTM_NEWROUTE with a metric (the prefix route takes the address's IFA_RT_PRIORITY). */
    void magicAdd(int type, int dst, int len, InIfaddr ifa, int priority) {
        FibRoute r = magic(type, dst, len, ifa);
        r.priority = priority;
        FibTable t = newTable(r.table);
        for (FibRoute o : t.routes()) if (o.sameAs(r)) return;
        t.insert(r);
    }

    void magicDel(int type, int dst, int len, InIfaddr ifa) {
        FibRoute r = magic(type, dst, len, ifa);
        FibTable t = tables.get(r.table);
        if (t == null) return;
        for (FibRoute o : t.routes()) {
            if (o.type == r.type && o.dst == r.dst && o.dstLen == r.dstLen && o.prefsrc == r.prefsrc && o.dev == r.dev) {
                t.remove(o);
                return;
            }
        }
    }

    private static FibRoute magic(int type, int dst, int len, InIfaddr ifa) {
        FibRoute r = new FibRoute();
        r.table = type == FibRoute.RTN_UNICAST ? FibRoute.RT_TABLE_MAIN : FibRoute.RT_TABLE_LOCAL;
        r.type = type;
        r.dst = len == 0 ? 0 : dst & (int) (0xffffffffL << (32 - len));
        r.dstLen = len;
        r.protocol = FibRoute.RTPROT_KERNEL;
        r.scope = type == FibRoute.RTN_LOCAL ? InIfaddr.SCOPE_HOST : InIfaddr.SCOPE_LINK;
        r.prefsrc = ifa.local;
        r.dev = ifa.dev;
        // Host-scope routes skip fib_check_nh, so only the others carry the carrier state.
        if (type != FibRoute.RTN_LOCAL && !ifa.dev.carrierOk()) r.nhFlags |= FibRoute.RTNH_F_LINKDOWN;
        return r;
    }

    /**
     * fib_sync_down_dev + fib_flush: routes through {@code dev} die. On NETDEV_DOWN the host-scope
     * ones (local addresses, whose nexthop scope is "nowhere") survive; on unregister all go.
     */
    void flushDev(NetDevice dev, boolean force) {
        for (FibTable t : tables.values())
            t.routes().removeIf(r -> r.dev == dev && (force || r.scope != InIfaddr.SCOPE_HOST));
    }

    /** fib_sync_down_addr + fib_flush: routes of table {@code tbId} preferring the gone address as source die. */
    void flushPrefsrc(int tbId, int prefsrc) {
        for (FibTable t : tables.values()) {
            if (t.id != tbId) continue;
            t.routes().removeIf(r -> r.prefsrc == prefsrc);
        }
    }

    /** fib_modify_prefix_metric: the prefix route of a primary takes the address's new metric. */
    void modifyPrefixMetric(InIfaddr ifa, int metric) {
        if (ifa.secondary() || (ifa.flags & InIfaddr.IFA_F_NOPREFIXROUTE) != 0 || !ifa.dev.isUp()) return;
        int prefix = ifa.address & ifa.mask();
        if ((prefix >>> 24) == 0 || (prefix == ifa.local && ifa.prefixLen == 32)) return;
        int type = (ifa.dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0 ? FibRoute.RTN_LOCAL : FibRoute.RTN_UNICAST;
        FibRoute r = magic(type, prefix, ifa.prefixLen, ifa);
        FibTable t = tables.get(r.table);
        if (t == null) return;
        for (FibRoute o : new ArrayList<>(t.routes())) {
            if (o.type == r.type && o.dst == r.dst && o.dstLen == r.dstLen && o.prefsrc == r.prefsrc && o.dev == r.dev
                    && o.protocol == FibRoute.RTPROT_KERNEL) {
                t.remove(o);
                r.priority = metric;
                r.nhFlags = o.nhFlags;
                t.insert(r);
                return;
            }
        }
    }

    /** Carrier changes set or clear RTNH_F_LINKDOWN on the device's nexthops. */
    void setLinkdown(NetDevice dev, boolean down) {
        for (FibTable t : tables.values()) {
            for (FibRoute r : t.routes()) {
                if (r.dev != dev || r.scope == InIfaddr.SCOPE_HOST) continue;
                if (down) r.nhFlags |= FibRoute.RTNH_F_LINKDOWN;
                else r.nhFlags &= ~FibRoute.RTNH_F_LINKDOWN;
            }
        }
    }
}
