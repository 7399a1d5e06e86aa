package linnet.kernel.netfilter;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.NatTarget;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;

/**
 * NAT (nf_nat_core.c, nf_nat_proto.c): the mapping of a connection is chosen once, by the nat
 * table on its first packet, and stored as the connection's reply tuple; every packet of either
 * direction is then rewritten from the tuples, and ICMP errors have their quoted packet rewritten.
 */
public final class Nat {
    private Nat() {}

    static final int MANIP_SRC = 0, MANIP_DST = 1;

    /** HOOK2MANIP: POST_ROUTING and LOCAL_IN change the source, PRE_ROUTING and LOCAL_OUT the destination. */
    static int manipOf(int hook) { return (hook == 4 || hook == 1) ? MANIP_SRC : MANIP_DST; }

    static boolean initialized(NfConn ct, int manip) {
        return (ct.status & (manip == MANIP_SRC ? NfConn.IPS_SRC_NAT_DONE : NfConn.IPS_DST_NAT_DONE)) != 0;
    }

    /** The nat-table target hook: sets the connection's mapping (nf_nat_setup_info) and accepts. */
    public static int setupFromTarget(NatTarget t, NfPacket p) {
        NfConn ct = p.ct;
        if (ct == null || p.ctinfo != NfConn.IP_CT_NEW) return Verdict.NF_ACCEPT;
        int manip = manipOf(p.hook);
        if (initialized(ct, manip)) return Verdict.NF_ACCEPT;
        NetfilterNet nn = NetfilterNet.of(p.net);
        int minAddr = t.minAddr(), maxAddr = t.maxAddr();
        switch (t.kind()) {
            case "MASQUERADE" -> {
                int nh = p.skb.dst instanceof NexthopAware n ? n.nexthop() : Ipv4.dst(p.buf(), p.ip());
                int a = nn.ops.masqueradeSource(p.out, nh);
                if (a == 0) return Verdict.NF_DROP;
                minAddr = maxAddr = a;
            }
            case "REDIRECT" -> {
                // Locally generated: to 127.0.0.1; received: the in device's first address, or drop.
                int a = p.hook == 3 ? 0x7f000001 : nn.ops.firstAddress(p.in);
                if (a == 0) return Verdict.NF_DROP;
                minAddr = maxAddr = a;
            }
            default -> { }
        }
        setup(nn, ct, manip, minAddr, maxAddr, t.minPort(), t.maxPort(), (t.flags() & NatTarget.PROTO_SPECIFIED) != 0);
        return Verdict.NF_ACCEPT;
    }

    /** nf_nat_setup_info + get_unique_tuple. */
    static void setup(NetfilterNet nn, NfConn ct, int manip, int minAddr, int maxAddr, int minPort, int maxPort,
                      boolean portsGiven) {
        // What the original-direction packet will look like once every manip is applied.
        Tuple cur = ct.reply.invert();
        int addr = minAddr;
        int sport = cur.sport(), dport = cur.dport();
        int proto = cur.proto();
        Tuple nt = manip == MANIP_SRC ? new Tuple(proto, addr, cur.dst(), sport, dport)
                : new Tuple(proto, cur.src(), addr, sport, dport);
        if (proto == 6 || proto == 17 || proto == 1) {
            int keep = manip == MANIP_SRC || proto == 1 ? nt.sport() : nt.dport();
            int lo = minPort, hi = maxPort;
            if (!portsGiven) {
                if (proto == 1) {
                    lo = 0;
                    hi = 65535;
                } else if (keep < 512) {
                    lo = 1;
                    hi = 511;
                } else if (keep < 1024) {
                    lo = 600;
                    hi = 1023;
                } else {
                    lo = 1024;
                    hi = 65535;
                }
            }
            boolean keepOk = (!portsGiven || (keep >= lo && keep <= hi)) && !nn.conntrack.tupleTaken(nt.invert(), ct);
            if (!keepOk) {
                for (int port = lo; port <= hi; port++) {
                    Tuple cand = withPort(nt, manip, port);
                    if (!nn.conntrack.tupleTaken(cand.invert(), ct)) {
                        nt = cand;
                        break;
                    }
                }
            }
        }
        nn.conntrack.setReply(ct, nt.invert());
        if (manip == MANIP_SRC) {
            if (!nt.equals(cur)) ct.status |= NfConn.IPS_SRC_NAT;
            ct.status |= NfConn.IPS_SRC_NAT_DONE;
        } else {
            if (!nt.equals(cur)) ct.status |= NfConn.IPS_DST_NAT;
            ct.status |= NfConn.IPS_DST_NAT_DONE;
        }
    }

    private static Tuple withPort(Tuple t, int manip, int port) {
        if (t.proto() == 1 || manip == MANIP_SRC) return new Tuple(t.proto(), t.src(), t.dst(), port, t.dport());
        return new Tuple(t.proto(), t.src(), t.dst(), t.sport(), port);
    }

    /** nf_nat_alloc_null_binding: no rule mapped the first packet; record that NAT was decided. */
    static void nullBinding(NfConn ct, int manip) {
        ct.status |= manip == MANIP_SRC ? NfConn.IPS_SRC_NAT_DONE : NfConn.IPS_DST_NAT_DONE;
    }

    /** nf_nat_packet: rewrite the packet if its direction has a mapping of this hook's kind. */
    static void packet(NfConn ct, int ctinfo, int hook, SkBuff skb) {
        int dir = (ctinfo >= NfConn.IP_CT_ESTABLISHED_REPLY) ? 1 : 0;
        int manip = manipOf(hook);
        int bit = manip == MANIP_SRC ? NfConn.IPS_SRC_NAT : NfConn.IPS_DST_NAT;
        if (dir == 1) bit ^= NfConn.IPS_NAT_MASK;
        if ((ct.status & bit) == 0) return;
        Tuple target = ct.tuple(1 - dir).invert();
        boolean related = ctinfo == NfConn.IP_CT_RELATED || ctinfo == NfConn.IP_CT_RELATED_REPLY;
        if (related && Ipv4.protocol(skb.buf, skb.networkHeader) == 1) {
            icmpReplyTranslation(skb, ct.tuple(1 - dir), target, manip);
            return;
        }
        manipPkt(skb.buf, skb.networkHeader, target, manip);
    }

    /**
     * nf_nat_icmp_reply_translation: the quoted packet is made to look like the packet as it was
     * seen on this side (the other direction's tuple, opposite manip), then the outer header.
     */
    private static void icmpReplyTranslation(SkBuff skb, Tuple inner, Tuple target, int manip) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int icmp = ip + Ipv4.ihl(b, ip);
        int len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
        manipQuoted(b, icmp + 8, inner, 1 - manip, ip + Ipv4.totalLength(b, ip));
        b[icmp + 2] = 0;
        b[icmp + 3] = 0;
        int c = Checksum.compute(b, icmp, len);
        b[icmp + 2] = (byte) (c >>> 8);
        b[icmp + 3] = (byte) c;
        manipIpOnly(b, ip, target, manip);
    }

    /** Rewrites the quoted (truncated) header: IP addresses and ports, no L4 checksum recompute. */
    private static void manipQuoted(byte[] b, int ip, Tuple t, int manip, int end) {
        int l4 = ip + Ipv4.ihl(b, ip);
        int proto = Ipv4.protocol(b, ip);
        if (manip == MANIP_SRC) Ipv4.setSrc(b, ip, t.src());
        else Ipv4.setDst(b, ip, t.dst());
        Ipv4.fillChecksum(b, ip);
        if ((proto == 6 || proto == 17) && l4 + 4 <= end) {
            int port = manip == MANIP_SRC ? t.sport() : t.dport();
            int off = manip == MANIP_SRC ? 0 : 2;
            b[l4 + off] = (byte) (port >>> 8);
            b[l4 + off + 1] = (byte) port;
        } else if (proto == 1 && l4 + 8 <= end) {
            b[l4 + 4] = (byte) (t.sport() >>> 8);
            b[l4 + 5] = (byte) t.sport();
        }
    }

    private static void manipIpOnly(byte[] b, int ip, Tuple t, int manip) {
        if (manip == MANIP_SRC) Ipv4.setSrc(b, ip, t.src());
        else Ipv4.setDst(b, ip, t.dst());
        Ipv4.fillChecksum(b, ip);
    }

    /** nf_nat_ipv4_manip_pkt: addresses, then ports or ICMP id, then the checksums. */
    static void manipPkt(byte[] b, int ip, Tuple t, int manip) {
        int proto = Ipv4.protocol(b, ip);
        int l4 = ip + Ipv4.ihl(b, ip);
        int l4len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
        manipIpOnly(b, ip, t, manip);
        if (Ipv4.fragOffset(b, ip) != 0) return;
        switch (proto) {
            case 6, 17 -> {
                int port = manip == MANIP_SRC ? t.sport() : t.dport();
                int off = manip == MANIP_SRC ? 0 : 2;
                b[l4 + off] = (byte) (port >>> 8);
                b[l4 + off + 1] = (byte) port;
                int co = proto == 6 ? 16 : 6;
                if (proto == 17 && b[l4 + 6] == 0 && b[l4 + 7] == 0) return; // no UDP checksum sent
                b[l4 + co] = 0;
                b[l4 + co + 1] = 0;
                int sum = Checksum.sum(b, l4, l4len, Checksum.pseudoHeaderSum(Ipv4.src(b, ip), Ipv4.dst(b, ip), proto, l4len));
                int c = Checksum.fold(sum);
                if (proto == 17 && c == 0) c = 0xffff;
                b[l4 + co] = (byte) (c >>> 8);
                b[l4 + co + 1] = (byte) c;
            }
            case 1 -> {
                int type = b[l4] & 0xff;
                if (type == 8 || type == 0 || type == 13 || type == 14) {
                    b[l4 + 4] = (byte) (t.sport() >>> 8);
                    b[l4 + 5] = (byte) t.sport();
                    b[l4 + 2] = 0;
                    b[l4 + 3] = 0;
                    int c = Checksum.compute(b, l4, l4len);
                    b[l4 + 2] = (byte) (c >>> 8);
                    b[l4 + 3] = (byte) c;
                }
            }
            default -> { }
        }
    }

    /** Lets MASQUERADE ask the route decision for its next hop without knowing kernel.ipv4. */
    public interface NexthopAware {
        int nexthop();
    }
}
