package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Sysctl;

/** dev->ip6_ptr (struct inet6_dev): a device's IPv6 addresses, its switches and whether it is configured. */
public final class Inet6Dev {
    public static final int ADDR_GEN_MODE_EUI64 = 0, ADDR_GEN_MODE_NONE = 1, ADDR_GEN_MODE_STABLE_PRIVACY = 2,
            ADDR_GEN_MODE_RANDOM = 3;

    public final NetDevice dev;
    /** Ordered as the kernel keeps them: larger source scope first, newest first within a scope. */
    public final List<Inet6Ifaddr> addrs = new ArrayList<>();
    /** net.ipv6.conf.NAME (cnf). */
    Sysctl.Dir conf;
    /** net.ipv6.neigh.NAME (nd_tbl parameters). */
    Sysctl.Dir neighConf;
    /** IFLA_INET6_ADDR_GEN_MODE: the device's conf addr_gen_mode (one variable for netlink and sysctl). */
    public int addrGenMode() { return conf.values[Ipv6DevConf.ADDR_GEN_MODE]; }

    void setAddrGenMode(int mode) { conf.set(Ipv6DevConf.ADDR_GEN_MODE, mode); }
    /** IF_READY: the link was up with carrier, the automatic configuration ran. */
    boolean ready;

    /** One entry of ac_list (struct ifacaddr6): an anycast address, its users and its route. */
    static final class Anycast {
        final byte[] addr;
        final Rt6Info route;
        int users = 1;

        Anycast(byte[] addr, Rt6Info route) {
            this.addr = addr;
            this.route = route;
        }
    }

    /** ac_list, newest first. */
    final List<Anycast> anycast = new ArrayList<>();
    /**
     * Where the all-nodes group stands on the device's multicast list: loaded at registration
     * (ipv6_add_dev, so ahead of everything joined later), dropped by an addrconf_ifdown of a ready
     * device (ipv6_mc_down), or loaded again when the device became ready (behind the IPv4 groups
     * NETDEV_UP joined first).
     */
    public static final int MC_FROM_REGISTER = 0, MC_DROPPED = 1, MC_RELOADED = 2;
    int allNodes = MC_FROM_REGISTER;
    /**
     * The solicited-node groups joined for the addresses (addrconf_join_solict), in the order they
     * were first joined; a group stays, at its place, while any address still holds it.
     */
    final List<byte[]> solictGroups = new ArrayList<>();
    final List<Integer> solictRefs = new ArrayList<>();
    /** The addresses holding a group. */
    final List<Inet6Ifaddr> solict = new ArrayList<>();

    /** ipv6_dev_mc_inc of a's solicited-node group, once per address. */
    void joinSolict(Inet6Ifaddr a) {
        if (solict.contains(a)) return;
        solict.add(a);
        byte[] g = linnet.wire.Inet6.solicitedNode(a.addr);
        for (int i = 0; i < solictGroups.size(); i++) {
            if (java.util.Arrays.equals(solictGroups.get(i), g)) {
                solictRefs.set(i, solictRefs.get(i) + 1);
                return;
            }
        }
        solictGroups.add(g);
        solictRefs.add(1);
        Mld.groupAdded(this, g);
    }

    /** Groups joined for the device by its driver (a bridge's all-snoopers ff02::6a). */
    final List<byte[]> driverGroups = new ArrayList<>();

    /** MLD: the records of the next report, the retransmissions left, the report timer. */
    final List<byte[]> mldPending = Mld.newPending();
    int mldRetransmits;
    linnet.sim.EventLoop.Timer mldTimer, mldDadTimer;

    /** ipv6_dev_mc_dec of a's group: it leaves the list with its last holder. */
    void leaveSolict(Inet6Ifaddr a) {
        if (!solict.remove(a)) return;
        byte[] g = linnet.wire.Inet6.solicitedNode(a.addr);
        for (int i = 0; i < solictGroups.size(); i++) {
            if (!java.util.Arrays.equals(solictGroups.get(i), g)) continue;
            int r = solictRefs.get(i) - 1;
            if (r == 0) {
                solictGroups.remove(i);
                solictRefs.remove(i);
            } else {
                solictRefs.set(i, r);
            }
            return;
        }
    }

    void clearSolict() {
        solict.clear();
        solictGroups.clear();
        solictRefs.clear();
    }

    Inet6Dev(NetDevice dev) { this.dev = dev; }

    /** The router solicitation timer (idev->rs_timer), its interval in milliseconds and probes sent. */
    linnet.sim.EventLoop.Timer rsTimer;
    long rsInterval;
    int rsProbes;

    /** ipv6_accept_ra: a forwarding device takes router advertisements only with accept_ra 2. */
    boolean acceptRa() {
        int ra = conf.values[Ipv6DevConf.ACCEPT_RA];
        return forwarding() ? ra == 2 : ra != 0;
    }

    /** cnf.forwarding. */
    boolean forwarding() { return conf.values[Ipv6DevConf.FORWARDING] != 0; }

    public boolean disabled() { return conf.values[Ipv6DevConf.DISABLE_IPV6] != 0; }

    /** ipv6_link_dev_addr: before the first address whose scope is not larger than the new one's. */
    void link(Inet6Ifaddr a) {
        int i = 0;
        while (i < addrs.size() && addrs.get(i).srcScope() > a.srcScope()) i++;
        addrs.add(i, a);
        dev.net().kernel.floodChanged(dev);
    }

    public Inet6Ifaddr find(byte[] addr) {
        for (Inet6Ifaddr a : addrs) if (java.util.Arrays.equals(a.addr, addr)) return a;
        return null;
    }
}
