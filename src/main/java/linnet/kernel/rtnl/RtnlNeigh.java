package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.ipv4.Neighbour;

/** The rtnetlink door for the ARP table (RTM_NEWNEIGH, RTM_DELNEIGH, dumps). */
public final class RtnlNeigh {
    private RtnlNeigh() {}

    public static List<NeighInfo> dump(Net net) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        long now = net.kernel.loop.now();
        List<NeighInfo> out = new ArrayList<>();
        for (Neighbour n : ns.arp.entries()) {
            // neigh_fill_info: ages relative to now, ndm_refcnt = refcount - 1.
            out.add(new NeighInfo(n.key, n.dev.ifindex(), n.lladdr, n.hasLladdr, n.state, n.flags,
                    (now - n.used()) / 1_000_000, (now - n.confirmed()) / 1_000_000, (now - n.updated()) / 1_000_000,
                    n.probes(), n.refcnt() - 1));
        }
        return out;
    }

    public static void add(Net net, int addr, String dev, int state, Long lladdr, boolean create, boolean excl,
                           boolean replace, int flags) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        NetnsIpv4.of(net).arp.userAdd(addr, d, state, lladdr, create, excl, replace, flags);
    }

    public static void delete(Net net, int addr, String dev) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        NetnsIpv4.of(net).arp.userDelete(addr, d);
    }

    /** The proxy entries (a dump with NTF_PROXY). */
    public static List<linnet.kernel.ipv4.NeighTable.Proxy> proxies(Net net) { return NetnsIpv4.of(net).arp.proxies(); }

    public static void proxyAdd(Net net, int addr, String dev) throws KernelException {
        NetnsIpv4.of(net).arp.proxyAdd(addr, Rtnl.dev(net, dev));
    }

    public static void proxyDelete(Net net, int addr, String dev) throws KernelException {
        NetnsIpv4.of(net).arp.proxyDelete(addr, Rtnl.dev(net, dev));
    }

    /** Removes one entry found by a dump (ip neigh flush). */
    public static void remove(Net net, NeighInfo ni) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        NetDevice d = net.byIndex(ni.ifindex());
        if (d == null) return;
        Neighbour n = ns.arp.lookup(ni.addr(), d);
        if (n != null) ns.arp.remove(n);
    }
}
