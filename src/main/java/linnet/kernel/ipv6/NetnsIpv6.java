package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;

/** The IPv6 state of one namespace (struct netns_ipv6): routing tables, neighbours, raw sockets. */
public final class NetnsIpv6 {
    public final Net net;
    public final AfInet6 af;
    public final Fib6Table main = new Fib6Table(Rt6Info.RT_TABLE_MAIN);
    public final Fib6Table local = new Fib6Table(Rt6Info.RT_TABLE_LOCAL);
    public final Neigh6Table nd;
    final List<RawSocket6> rawSockets = new ArrayList<>();
    /** net.ipv6.conf.*.hop_limit. */
    public int hopLimit = 64;

    NetnsIpv6(Net net, AfInet6 af) {
        this.net = net;
        this.af = af;
        this.nd = new Neigh6Table(net, af);
        this.rules = new Fib6RulesOps(net);
    }

    /** The IPv6 policy rules (net->ipv6.fib6_rules_ops). */
    public final linnet.kernel.core.FibRulesOps rules;

    public static linnet.kernel.core.FibRulesOps rules(Net net) {
        NetnsIpv6 n = of(net);
        return n == null ? null : n.rules;
    }

    public static NetnsIpv6 of(Net net) { return AfInet6.slot < 0 ? null : net.generic(AfInet6.slot); }

    /** Tables other than main and local, made by the first route put in them (fib6_new_table). */
    private final java.util.TreeMap<Integer, Fib6Table> others = new java.util.TreeMap<>();

    public Fib6Table table(int id) {
        return id == Rt6Info.RT_TABLE_LOCAL ? local : id == Rt6Info.RT_TABLE_MAIN ? main : others.get(id);
    }

    /** fib6_new_table: the table, created if need be. */
    public Fib6Table newTable(int id) {
        Fib6Table t = table(id);
        if (t == null) others.put(id, t = new Fib6Table(id));
        return t;
    }

    /** Every table in dump order (the fib_table_hash walk: by id). */
    public List<Fib6Table> tables() {
        java.util.TreeMap<Integer, Fib6Table> all = new java.util.TreeMap<>(others);
        all.put(main.id, main);
        all.put(local.id, local);
        return new ArrayList<>(all.values());
    }
}
