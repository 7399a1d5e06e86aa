package linnet.kernel.netfilter;

import linnet.kernel.core.Net;

/** Netfilter state of one namespace: its iptables tables and its conntrack table. */
public final class NetfilterNet {
    static int slot = -1;

    public final Xtables xtables = new Xtables();
    public final Conntrack conntrack;
    final NfIpv4Ops ops;
    /** net.bridge.bridge-nf-call-iptables (br_netfilter is built in on the oracle machine). */
    public linnet.kernel.core.Sysctl.Entry bridgeNfCallIptables;

    NetfilterNet(Net net, NfIpv4Ops ops) {
        this.conntrack = new Conntrack(net.kernel.loop);
        this.ops = ops;
    }

    public static NetfilterNet of(Net net) { return net.generic(slot); }

    /** NfPacket objects reused per nesting depth (a REJECT's ICMP error re-enters the hooks). */
    private NfPacket[] pool = new NfPacket[4];
    private int depth;

    NfPacket acquire() {
        if (depth == pool.length) pool = java.util.Arrays.copyOf(pool, depth * 2);
        NfPacket p = pool[depth];
        if (p == null) pool[depth] = p = new NfPacket();
        depth++;
        p.ct = null;
        p.ctinfo = 0;
        p.hotdrop = false;
        p.physIn = p.physOut = null;
        return p;
    }

    void release() { depth--; }

    /** The IPv4 services (addr types for -m addrtype, ICMP errors for REJECT). */
    public NfIpv4Ops ops() { return ops; }
}
