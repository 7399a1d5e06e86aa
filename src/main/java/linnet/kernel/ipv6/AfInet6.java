package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.core.PernetOps;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;

/**
 * The IPv6 protocol family of one kernel (net/ipv6/af_inet6.c, inet6_init): the per-namespace
 * state, the ETH_P_IPV6 handler, ICMPv6 with neighbour discovery, and address configuration.
 */
public final class AfInet6 implements PernetOps {
    static int slot = -1;

    public final Kernel kernel;
    final Ip6Input input = new Ip6Input(this);
    public final Ip6Output output = new Ip6Output(this);
    public final Icmp6 icmp = new Icmp6(this);
    final Ndisc ndisc = new Ndisc(this);
    final Ip6Forward forward = new Ip6Forward(this);
    /** Every drop is counted here by reason. */
    public final long[] drops = new long[DropReason.values().length];

    private AfInet6(Kernel kernel) { this.kernel = kernel; }

    public static AfInet6 init(Kernel kernel) {
        if (slot < 0) slot = kernel.registerPernet();
        AfInet6 af = new AfInet6(kernel);
        kernel.registerPernetOps(af);
        kernel.addPack(Ethernet.P_IPV6, af.input::rcv);
        Addrconf.init(kernel);
        kernel.unheardMulticast = new Ip6Unheard(af);
        // fib_rules_event for the IPv6 rules: iif/oif names attach to and detach from devices
        kernel.registerNotifier((ev, dev) -> {
            linnet.kernel.core.FibRulesOps rules = NetnsIpv6.rules(dev.net());
            if (rules != null) rules.netdevEvent(ev, dev);
        });
        return af;
    }

    @Override
    public void init(Net net) { net.setGeneric(slot, new NetnsIpv6(net, this)); }

    @Override
    public void exit(Net net) { net.setGeneric(slot, null); }

    void drop(SkBuff skb, DropReason reason) {
        drops[reason.ordinal()]++;
        if (skb.dev != null && skb.dev.net().kernel.tracer != null)
            skb.dev.net().kernel.tracer.drop(skb, skb.dev.net(), skb.dev, reason, null);
    }

    /** socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6). */
    public RawSocket6 openRaw(Net net) {
        NetnsIpv6 ns = NetnsIpv6.of(net);
        RawSocket6 s = new RawSocket6(ns);
        ns.rawSockets.add(s);
        return s;
    }
}
