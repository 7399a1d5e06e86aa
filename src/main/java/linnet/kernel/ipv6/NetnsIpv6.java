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
    }

    public static NetnsIpv6 of(Net net) { return AfInet6.slot < 0 ? null : net.generic(AfInet6.slot); }

    public Fib6Table table(int id) {
        return id == Rt6Info.RT_TABLE_LOCAL ? local : id == Rt6Info.RT_TABLE_MAIN ? main : null;
    }
}
