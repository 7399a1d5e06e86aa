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
    }

    public Inet6Ifaddr find(byte[] addr) {
        for (Inet6Ifaddr a : addrs) if (java.util.Arrays.equals(a.addr, addr)) return a;
        return null;
    }
}
