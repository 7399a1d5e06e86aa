package linnet.kernel.netfilter;

import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.PernetOps;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.RejectTarget;

/**
 * The IPv4 netfilter hooks of one kernel, in Linux's priority order (include/uapi/linux/
 * netfilter_ipv4.h): raw -300, conntrack -200, mangle -150, DNAT -100, filter 0, security 50,
 * SNAT 100, conntrack confirm last. {@link #hook} returns false when the packet was dropped.
 */
public final class Netfilter implements PernetOps {
    public static final int PRE_ROUTING = 0, LOCAL_IN = 1, FORWARD = 2, LOCAL_OUT = 3, POST_ROUTING = 4;

    private final NfIpv4Ops ops;

    private Netfilter(NfIpv4Ops ops) { this.ops = ops; }

    public static Netfilter init(Kernel kernel, NfIpv4Ops ops) {
        if (NetfilterNet.slot < 0) NetfilterNet.slot = kernel.registerPernet();
        RejectTarget.ops = ops;
        Netfilter nf = new Netfilter(ops);
        kernel.registerPernetOps(nf);
        return nf;
    }

    @Override
    public void init(Net net) {
        NetfilterNet nn = new NetfilterNet(net, ops);
        nn.bridgeNfCallIptables = net.sysctl.registerInt("net.bridge.bridge-nf-call-iptables", 1, 0, 1);
        net.sysctl.registerInt("net.bridge.bridge-nf-call-ip6tables", 1, 0, 1);
        net.sysctl.registerInt("net.bridge.bridge-nf-call-arptables", 1, 0, 1);
        net.sysctl.registerInt("net.netfilter.nf_conntrack_max", 262144);
        net.setGeneric(NetfilterNet.slot, nn);
    }

    /** NF_HOOK for IPv4: runs every hook function of {@code hook} in priority order. */
    public boolean hook(int hook, SkBuff skb, NetDevice in, NetDevice out) { return run(hook, skb, in, out); }

    /** The same, for callers without the instance (br_netfilter calls into the IPv4 hooks). */
    public static boolean run(int hook, SkBuff skb, NetDevice in, NetDevice out) {
        if (hook == PRE_ROUTING && skb.brnfPrerouted) {
            // ip_sabotage_in: a bridged packet going up the bridge already passed PRE_ROUTING.
            skb.brnfPrerouted = false;
            return true;
        }
        NetDevice dev = in != null ? in : out;
        if (dev == null) return true;
        Net net = dev.net();
        NetfilterNet nn = NetfilterNet.of(net);
        if (nn == null) return true;
        // No table and no conntrack in this namespace: no hook is registered, nothing to run.
        if (nn.xtables.isEmpty() && !nn.xtables.needsConntrack() && skb.nfct == null) return true;
        NfPacket p = nn.acquire();
        boolean ok;
        try {
            ok = run(nn, hook, skb, in, out, net, p);
        } finally {
            nn.release();
        }
        if (!ok && net.kernel.tracer != null)
            net.kernel.tracer.drop(skb, net, dev, linnet.kernel.core.DropReason.NETFILTER_DROP, null);
        return ok;
    }

    /** The conntrack state a packet has, as iptables' -m conntrack --ctstate names it. */
    static String ctState(NfConn ct, int ctinfo) {
        if (ct == null) return ctinfo == NfConn.UNTRACKED ? "UNTRACKED" : "INVALID";
        return switch (ctinfo) {
            case NfConn.IP_CT_NEW -> "NEW";
            case NfConn.IP_CT_RELATED, NfConn.IP_CT_RELATED_REPLY -> "RELATED";
            default -> "ESTABLISHED";
        } + (ctinfo >= NfConn.IP_CT_ESTABLISHED_REPLY ? " (reply direction)" : "");
    }

    /** The packet's addresses and ports as "SRC:SPORT > DST:DPORT" (no ports for other protocols). */
    static String endpoints(SkBuff skb) {
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        String src = linnet.wire.Inet4.format(linnet.wire.Ipv4.src(b, o)), dst = linnet.wire.Inet4.format(linnet.wire.Ipv4.dst(b, o));
        int proto = linnet.wire.Ipv4.protocol(b, o);
        if ((proto == linnet.wire.Ipv4.PROTO_TCP || proto == linnet.wire.Ipv4.PROTO_UDP) && linnet.wire.Ipv4.fragOffset(b, o) == 0) {
            int t = o + linnet.wire.Ipv4.ihl(b, o);
            return src + ":" + (((b[t] & 0xff) << 8) | (b[t + 1] & 0xff)) + " > " + dst + ":" + (((b[t + 2] & 0xff) << 8) | (b[t + 3] & 0xff));
        }
        return src + " > " + dst;
    }

    private static boolean run(NetfilterNet nn, int hook, SkBuff skb, NetDevice in, NetDevice out, Net net, NfPacket p) {
        p.skb = skb;
        p.hook = hook;
        p.in = in;
        p.out = out;
        p.net = net;
        p.physIn = skb.physIn;
        p.physOut = skb.physOut;
        p.ct = skb.nfct instanceof NfConn c ? c : null;
        p.ctinfo = skb.nfctinfo;
        if (hook == PRE_ROUTING || hook == LOCAL_OUT) {
            if (!table(nn, "raw", p)) return false;
            if (skb.nfct == null && nn.xtables.needsConntrack()) {
                nn.conntrack.in(p);
                skb.nfct = p.ct;
                skb.nfctinfo = p.ctinfo;
                if (net.kernel.tracer != null)
                    net.kernel.tracer.step(skb, net, p.in != null ? p.in : p.out, linnet.kernel.core.SkbTracer.Kind.CONNTRACK,
                            ctState(p.ct, p.ctinfo));
            }
        }
        if (!table(nn, "mangle", p)) return false;
        if (hook == PRE_ROUTING || hook == LOCAL_OUT) {
            if (!nat(nn, p)) return false;
        }
        if (!table(nn, "filter", p)) return false;
        if (!table(nn, "security", p)) return false;
        if (hook == POST_ROUTING || hook == LOCAL_IN) {
            if (!nat(nn, p)) return false;
            if (nn.xtables.needsConntrack()) nn.conntrack.confirm(p);
        }
        return true;
    }

    private static boolean table(NetfilterNet nn, String name, NfPacket p) {
        if ((XtTable.hookMask(name) & (1 << p.hook)) == 0) return true;
        int v = nn.xtables.doTable(name, p.hook, p);
        return v == Verdict.NF_ACCEPT;
    }

    /** nf_nat_inet_fn: decide the mapping on a new connection, then rewrite the packet. */
    private static boolean nat(NetfilterNet nn, NfPacket p) {
        NfConn ct = p.ct;
        if (ct == null) return true;
        int manip = Nat.manipOf(p.hook);
        if (p.ctinfo == NfConn.IP_CT_NEW && !Nat.initialized(ct, manip)) {
            int v = nn.xtables.doTable("nat", p.hook, p);
            if (v != Verdict.NF_ACCEPT) return false;
            if (!Nat.initialized(ct, manip)) Nat.nullBinding(ct, manip);
        }
        linnet.kernel.core.SkbTracer t = p.net.kernel.tracer;
        String before = t != null ? endpoints(p.skb) : null;
        Nat.packet(ct, p.ctinfo, p.hook, p.skb);
        if (t != null) {
            String after = endpoints(p.skb);
            if (!after.equals(before))
                t.step(p.skb, p.net, p.in != null ? p.in : p.out, linnet.kernel.core.SkbTracer.Kind.NAT,
                        (manip == Nat.MANIP_SRC ? "source" : "destination") + " NAT: " + before + " -> " + after);
        }
        return true;
    }

    public static NetfilterNet of(Net net) { return NetfilterNet.of(net); }
}
