package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;
import linnet.kernel.core.PernetOps;
import linnet.kernel.core.SkBuff;
import linnet.kernel.core.Sysctl;
import linnet.wire.Ethernet;

/**
 * The IPv4 protocol family of one kernel (inet_init): registers the ARP and IP packet handlers,
 * the per-namespace state and sysctls, and reacts to device events (addresses, routes, neighbours).
 */
public final class Ipv4 implements PernetOps {
    public static final int NF_INET_PRE_ROUTING = 0, NF_INET_LOCAL_IN = 1, NF_INET_FORWARD = 2,
            NF_INET_LOCAL_OUT = 3, NF_INET_POST_ROUTING = 4;

    static int SLOT = -1;

    /** A netfilter hook point; returns false when the packet was stolen or dropped. */
    public interface NfHooks {
        boolean hook(int hook, SkBuff skb, NetDevice in, NetDevice out);
    }

    /** Transport protocols above IP (UDP, TCP) plug in here. */
    public interface L4 {
        boolean rcv(SkBuff skb, Rtable rt, int proto);

        default void error(NetnsIpv4 ns, int proto, int type, int code, int offender, byte[] quoted) {}
    }

    public final Kernel kernel;
    final ArpProto arp = new ArpProto(this);
    final IpInput input = new IpInput(this);
    public final IpOutput output = new IpOutput(this);
    public final Icmp icmp = new Icmp(this);
    public final Udp udp = new Udp(this);
    public final Tcp tcp = new Tcp(this);
    final IcmpRatelimit ratelimit = new IcmpRatelimit();
    final Redirect redirect = new Redirect(this);
    public NfHooks hooks;
    public L4 l4;
    /** Every drop is counted here by reason (what trace/explain reads). */
    public final long[] drops = new long[DropReason.values().length];

    private Ipv4(Kernel kernel) { this.kernel = kernel; }

    /** inet_init for one kernel. */
    public static Ipv4 init(Kernel kernel) {
        if (SLOT < 0) SLOT = kernel.registerPernet();
        Ipv4 v4 = new Ipv4(kernel);
        kernel.addPack(Ethernet.P_IP, v4.input::rcv);
        kernel.addPack(Ethernet.P_ARP, v4.arp::rcv);
        kernel.registerPernetOps(v4);
        kernel.registerNotifier(v4::netdevEvent);
        linnet.kernel.netfilter.Netfilter nf = linnet.kernel.netfilter.Netfilter.init(kernel, new NfOps(v4));
        v4.hooks = nf::hook;
        kernel.udpTunnel = new UdpTunnel4(v4);
        kernel.inet = new InetHooks4(v4);
        return v4;
    }

    void drop(SkBuff skb, DropReason reason) { drop(skb, reason, null); }

    /** The same, with words for a tracer on why (null: the reason says it). */
    void drop(SkBuff skb, DropReason reason, String why) {
        drops[reason.ordinal()]++;
        if (kernel.tracer != null && skb.dev != null) kernel.tracer.drop(skb, skb.dev.net(), skb.dev, reason, why);
    }

    boolean nfHook(int hook, SkBuff skb, NetDevice in, NetDevice out) {
        return hooks == null || hooks.hook(hook, skb, in, out);
    }

    boolean l4Rcv(SkBuff skb, Rtable rt, int proto) {
        if (proto == linnet.wire.Ipv4.PROTO_UDP) return udp.rcv(skb, rt);
        if (proto == linnet.wire.Ipv4.PROTO_TCP) return tcp.rcv(skb, rt);
        return l4 != null && l4.rcv(skb, rt, proto);
    }

    void l4Error(NetnsIpv4 ns, int proto, int type, int code, int info, int offender, byte[] quoted) {
        if (proto == linnet.wire.Ipv4.PROTO_UDP) udp.error(ns, type, code, info, offender, quoted);
        else if (proto == linnet.wire.Ipv4.PROTO_TCP) tcp.error(ns, type, code, info, offender, quoted);
        else if (l4 != null) l4.error(ns, proto, type, code, offender, quoted);
    }

    int defaultTtl(NetnsIpv4 ns) { return ns.defaultTtl.intValue(); }

    /** tcp_v4_send_reset for a segment nobody wants (REJECT --reject-with tcp-reset). */
    void tcpReset(SkBuff skb) { tcpReset(skb, true); }

    /** The same; {@code tcp} false for netfilter's REJECT (nf_send_reset), which TCP's counters never see. */
    void tcpReset(SkBuff skb, boolean tcp) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int t = ip + linnet.wire.Ipv4.ihl(b, ip);
        if (linnet.wire.Ipv4.protocol(b, ip) != linnet.wire.Ipv4.PROTO_TCP || (linnet.wire.Tcp.flags(b, t) & linnet.wire.Tcp.RST) != 0) return;
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        int segLen = linnet.wire.Ipv4.totalLength(b, ip) - linnet.wire.Ipv4.ihl(b, ip) - linnet.wire.Tcp.dataOffset(b, t);
        int fl = linnet.wire.Tcp.flags(b, t);
        byte[] rst = new byte[linnet.wire.Tcp.HLEN];
        linnet.wire.Tcp.setSrcPort(rst, 0, linnet.wire.Tcp.dstPort(b, t));
        linnet.wire.Tcp.setDstPort(rst, 0, linnet.wire.Tcp.srcPort(b, t));
        linnet.wire.Tcp.setDataOffset(rst, 0, linnet.wire.Tcp.HLEN);
        if ((fl & linnet.wire.Tcp.ACK) != 0) {
            linnet.wire.Tcp.setSeq(rst, 0, linnet.wire.Tcp.ack(b, t));
            linnet.wire.Tcp.setFlags(rst, 0, linnet.wire.Tcp.RST);
        } else {
            long ack = linnet.wire.Tcp.seq(b, t) + segLen + ((fl & linnet.wire.Tcp.SYN) != 0 ? 1 : 0) + ((fl & linnet.wire.Tcp.FIN) != 0 ? 1 : 0);
            linnet.wire.Tcp.setAck(rst, 0, ack & 0xffffffffL);
            linnet.wire.Tcp.setFlags(rst, 0, linnet.wire.Tcp.RST | linnet.wire.Tcp.ACK);
        }
        try {
            Rtable rt = Route.output(ns, linnet.wire.Ipv4.src(b, ip), linnet.wire.Ipv4.dst(b, ip), null);
            // tcp_v4_send_reset: one segment out, and it is a reset
            if (tcp) {
                ns.net.mib.tcp[linnet.kernel.core.NetnsMib.TCP_MIB_OUTSEGS]++;
                ns.net.mib.tcp[linnet.kernel.core.NetnsMib.TCP_MIB_OUTRSTS]++;
            }
            int sum = linnet.wire.Checksum.sum(rst, 0, rst.length, linnet.wire.Checksum.pseudoHeaderSum(rt.saddr, rt.daddr,
                    linnet.wire.Ipv4.PROTO_TCP, rst.length));
            linnet.wire.Tcp.setChecksum(rst, 0, linnet.wire.Checksum.fold(sum));
            output.sendPacket(ns, rt, linnet.wire.Ipv4.PROTO_TCP, rst, 0, rst.length, ns.defaultTtl.intValue(), 0, true);
        } catch (linnet.kernel.core.KernelException e) {
            // No route back: nothing to send.
        }
    }

    public RawSocket openRaw(Net net, int protocol) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        RawSocket s = new RawSocket(ns, protocol);
        ns.rawSockets.add(s);
        return s;
    }

    // ------------------------------------------------------------------ per namespace

    @Override
    public void init(Net net) {
        NetnsIpv4 ns = new NetnsIpv4(net, this);
        net.setGeneric(SLOT, ns);
        Sysctl s = net.sysctl;
        ns.defaultTtl = s.registerInt("net.ipv4.ip_default_ttl", 64, 1, 255);
        ns.icmpRatelimit = s.registerInt("net.ipv4.icmp_ratelimit", 1000, 0, Integer.MAX_VALUE);
        ns.icmpRatemask = s.registerInt("net.ipv4.icmp_ratemask", 6168);
        ns.icmpEchoIgnoreAll = s.registerInt("net.ipv4.icmp_echo_ignore_all", 0, 0, 1);
        ns.icmpEchoIgnoreBroadcasts = s.registerInt("net.ipv4.icmp_echo_ignore_broadcasts", 1, 0, 1);
        ns.errorsUseInboundIfaddr = s.registerInt("net.ipv4.icmp_errors_use_inbound_ifaddr", 0, 0, 1);
        ns.icmpMsgsPerSec = s.registerInt("net.ipv4.icmp_msgs_per_sec", 1000, 0, Integer.MAX_VALUE);
        ns.icmpMsgsBurst = s.registerInt("net.ipv4.icmp_msgs_burst", 50, 0, Integer.MAX_VALUE);
        ns.ipLocalPortRange = s.registerVec("net.ipv4.ip_local_port_range", "32768\t60999");
        ns.pingGroupRange = s.registerVec("net.ipv4.ping_group_range", "1\t0");
        s.registerInt("net.ipv4.ip_no_pmtu_disc", 0);
        ns.minPmtu = s.registerInt("net.ipv4.route.min_pmtu", 552, 68, Integer.MAX_VALUE);
        ns.mtuExpires = s.registerInt("net.ipv4.route.mtu_expires", 600);
        s.registerInt("net.ipv4.ip_nonlocal_bind", 0, 0, 1);
        s.registerInt("net.ipv4.icmp_ignore_bogus_error_responses", 1, 0, 1);
        ns.tcpSynRetries = s.registerInt("net.ipv4.tcp_syn_retries", 6, 1, 127);
        ns.all = DevConf.registerAll(s);
        ns.dflt = DevConf.registerDefault(s);
        ns.dflt.watch(true, ns);
        // net.ipv4.ip_forward is conf.all.forwarding under another name (one variable, one handler).
        ns.ipForward = s.alias("net.ipv4.ip_forward", ns.all.dir, DevConf.FORWARDING_SLOT);
        ns.all.dir.onWrite((d, slot, old) -> {
            if (slot == DevConf.FORWARDING_SLOT && d.get(slot) != old) inetForwardChange(ns);
        });
        // The arp_tbl's own parameters (net.ipv4.neigh.default) live in init_net only; a new
        // namespace has no such directory, and its devices start from the table's defaults.
    }

    @Override
    public void exit(Net net) {
        net.setGeneric(SLOT, null);
    }

    /**
     * inet_forward_change, after a changed write of conf.all.forwarding (= ip_forward): default and
     * every device take the new value as written (2 stays 2), and all.accept_redirects becomes its
     * negation (a router does not take redirects). Writing the current value changes nothing.
     */
    private static void inetForwardChange(NetnsIpv4 ns) {
        int on = ns.all.forwarding();
        ns.all.setAcceptRedirects(on == 0 ? 1 : 0);
        ns.dflt.setForwarding(on);
        for (NetDevice d : ns.net.devices()) {
            InDevice in = InDevice.of(d);
            if (in != null) in.conf.setForwarding(on);
        }
    }

    // ------------------------------------------------------------------ device events

    private void netdevEvent(NetdevEvent ev, NetDevice dev) {
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        if (ns == null) return;
        // fib_rules_event: rules naming the device attach to it, detach from it, follow renames
        ns.fib.rules.netdevEvent(ev, dev);
        switch (ev) {
            case REGISTER -> {
                if (dev.ipPtr == null) {
                    boolean loopback = (dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0;
                    InDevice in = new InDevice(dev, DevConf.register(dev.net().sysctl, dev.name(), ns.dflt, loopback));
                    in.conf.watch(false, ns);
                    in.neighConf = NeighConf.register(dev.net().sysctl, "net.ipv4.neigh." + dev.name() + ".", NeighConf.ARP);
                    dev.ipPtr = in;
                }
            }
            case UP -> {
                InDevice in = InDevice.of(dev);
                if ((dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0) {
                    // inetdev_event NETDEV_UP on loopback: 127.0.0.1/8 scope host is inserted on
                    // every up (an existing one makes the insert fail quietly), so a deleted one
                    // comes back.
                    InIfaddr lo = new InIfaddr(dev);
                    lo.local = lo.address = linnet.wire.Inet4.parse("127.0.0.1");
                    lo.prefixLen = 8;
                    lo.scope = InIfaddr.SCOPE_HOST;
                    lo.label = dev.name();
                    lo.flags = InIfaddr.IFA_F_PERMANENT;
                    // inet_set_ifa: the loopback's conf then counts as set everywhere, so it never
                    // follows "default" writes.
                    in.conf.markAllSet();
                    try {
                        Devinet.insert(lo);
                    } catch (linnet.kernel.core.KernelException e) {
                        // already there
                    }
                }
                for (InIfaddr a : in.addrs) Devinet.addIfaddrRoutes(a);
                // br_dev_open's br_multicast_join_snoopers: the bridge's all-snoopers group
                if (in != null && dev.joinsAllSnoopers()) Igmp.groupAdded(this, dev, Igmp.ALL_SNOOPERS);
                // ip_mc_up: the groups sockets joined while the device was down are announced now
                if (in != null) for (int g : in.mcUsers.keySet()) Igmp.groupAdded(this, dev, g);
            }
            case DOWN -> {
                InDevice down = InDevice.of(dev);
                if (down != null) Igmp.stop(down);
                // The routes through the device go, and with them their next hops' exceptions.
                ns.fib.flushDev(dev, false);
                // arp_ifdown -> neigh_ifdown: every entry of the device goes, permanent ones too.
                ns.arp.ifdown(dev, true);
            }
            case CHANGE -> {
                ns.fib.setLinkdown(dev, !dev.carrierOk());
                // arp_netdev_event: a NOARP toggle invalidates every neighbour of the device; a lost
                // carrier evicts all but the permanent ones (neigh_carrier_down, arp_evict_nocarrier=1).
                if ((dev.flagsChanged & linnet.kernel.core.Iff.NOARP) != 0) ns.arp.changeaddr(dev);
                InDevice ind = InDevice.of(dev);
                // IN_DEV_ANDCONF: both conf/all and the device's own value must allow it.
                boolean evict = ind == null || (ind.conf.arpEvictNocarrier() != 0 && ns.all.arpEvictNocarrier() != 0);
                if (evict && dev.isUp() && !dev.carrierOk()) ns.arp.ifdown(dev, false);
            }
            case CHANGEADDR -> ns.arp.changeaddr(dev);
            case UNREGISTER -> {
                ns.fib.flushDev(dev, true);
                ns.arp.ifdown(dev, true);
                InDevice in = InDevice.of(dev);
                if (in != null) {
                    dev.net().sysctl.removePrefix("net.ipv4.conf." + dev.name() + ".");
                    dev.net().sysctl.removePrefix("net.ipv4.neigh." + dev.name() + ".");
                    dev.ipPtr = null;
                }
            }
            case CHANGENAME -> {
                InDevice old = InDevice.of(dev);
                if (old != null) {
                    // The conf directory follows the name; the values stay.
                    DevConf.reRegister(dev.net().sysctl, dev.name(), old.conf);
                    Devinet.changeName(dev);
                    // The neigh directory follows the name too, keeping its values.
                    dev.net().sysctl.renameDir(old.neighConf, "net.ipv4.neigh." + dev.name() + ".");
                }
            }
            default -> { }
        }
    }
}
