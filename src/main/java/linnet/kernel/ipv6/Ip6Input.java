package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetnsMib;
import linnet.kernel.core.SkBuff;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/**
 * IPv6 receive (net/ipv6/ip6_input.c): header checks, then local delivery for our own addresses
 * (a local route, i.e. DAD is done) and the groups the device listens to (all-nodes, solicited-node
 * groups of its addresses); other packets go to {@link Ip6Forward}.
 */
final class Ip6Input {
    private final AfInet6 af;

    Ip6Input(AfInet6 af) { this.af = af; }

    /** ipv6_rcv. */
    void rcv(SkBuff skb) {
        NetDevice dev = skb.dev;
        if (skb.pktType == SkBuff.PACKET_OTHERHOST) {
            af.drop(skb, DropReason.OTHERHOST);
            return;
        }
        // ip6_rcv_core: counted before anything is checked, even on a device with IPv6 off
        long[] mib = dev.net().mib.ipv6;
        mib[NetnsMib.IPSTATS_MIB_INPKTS]++;
        mib[NetnsMib.IPSTATS_MIB_INOCTETS] += skb.len;
        Inet6Dev idev = Addrconf.of(dev);
        if (idev == null || idev.disabled()) {
            mib[NetnsMib.IPSTATS_MIB_INDISCARDS]++;
            af.drop(skb, DropReason.IPV6DISABLED);
            return;
        }
        byte[] b = skb.buf;
        int o = skb.data;
        if (skb.len < Ipv6.HLEN || Ipv6.version(b, o) != 6) {
            mib[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            af.drop(skb, DropReason.IP_INHDR);
            return;
        }
        // the traffic class's two ECN bits: InNoECTPkts, InECT1Pkts, InECT0Pkts, InCEPkts
        mib[NetnsMib.IPSTATS_MIB_NOECTPKTS + ((((b[o] & 0x0f) << 4) | ((b[o + 1] & 0xff) >>> 4)) & 3)]++;
        int plen = Ipv6.payloadLength(b, o);
        if (Ipv6.HLEN + plen > skb.len) {
            mib[NetnsMib.IPSTATS_MIB_INTRUNCATEDPKTS]++;
            af.drop(skb, DropReason.PKT_TOO_SMALL);
            return;
        }
        skb.trim(Ipv6.HLEN + plen);
        skb.networkHeader = o;
        skb.transportHeader = o + Ipv6.HLEN;
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        // a multicast group is checked in place: a bridge floods these to every port, so most are dropped here
        if (b[o + 24] == (byte) 0xff) {
            // ip6_mc_input: counted whether or not the device listens to the group
            mib[NetnsMib.IPSTATS_MIB_INMCASTPKTS]++;
            mib[NetnsMib.IPSTATS_MIB_INMCASTOCTETS] += skb.len;
            if (!listening(idev, b, o + 24)) {
                af.drop(skb, DropReason.OTHERHOST);
                return;
            }
        } else {
            byte[] daddr = Ipv6.dst(b, o);
            Rt6Info r = ns.local.lookup(daddr, null);
            if (r == null || r.type != Rt6Info.RTN_LOCAL) {
                // not ours: ip6_route_input, then ip6_forward or the reject route's discard
                af.forward.input(ns, skb);
                return;
            }
            // ip6_rcv_core: a looped-back packet keeps its output route, and its input interface is
            // that route's device (the one holding the address), not lo.
            if ((dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0) skb.iif = r.dev.ifindex();
        }
        deliver(ns, skb);
    }

    /** ipv6_chk_mcast_addr: all-nodes, and the solicited-node group of each address (tentative ones too). */
    static boolean listening(Inet6Dev idev, byte[] b, int g) {
        if (isAllNodes(b, g)) return true;
        // dev_forward_change: a forwarding device joins the all-routers groups ff01::2, ff02::2, ff05::2
        int sc = b[g + 1] & 0x0f;
        if (idev.forwarding() && (sc == 1 || sc == 2 || sc == 5) && b[g + 15] == 2 && isZeroBetween(b, g + 2, g + 15))
            return true;
        int low24 = solicitedLow24(b, g);
        if (low24 < 0) return false;
        for (int i = 0, n = idev.addrs.size(); i < n; i++) if (low24(idev.addrs.get(i).addr) == low24) return true;
        return false;
    }

    /** The all-nodes group of a scope up to link-local (ff01::1, ff02::1): every device listens. */
    static boolean isAllNodes(byte[] b, int g) {
        return (b[g + 1] & 0x0f) <= 2 && b[g + 15] == 1 && isZeroBetween(b, g + 2, g + 15);
    }

    /** For a solicited-node group ff02::1:ffXX:XXXX its low 24 bits, else -1. */
    static int solicitedLow24(byte[] b, int g) {
        if (b[g + 1] != 0x02 || b[g + 11] != 0x01 || b[g + 12] != (byte) 0xff || !isZeroBetween(b, g + 2, g + 11)) return -1;
        return ((b[g + 13] & 0xff) << 16) | ((b[g + 14] & 0xff) << 8) | (b[g + 15] & 0xff);
    }

    /** The low 24 bits of an address: what its solicited-node group is made of. */
    static int low24(byte[] a) { return ((a[13] & 0xff) << 16) | ((a[14] & 0xff) << 8) | (a[15] & 0xff); }

    private static boolean isZeroBetween(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) if (a[i] != 0) return false;
        return true;
    }

    /** ip6_input_finish: the upper-layer protocol. */
    private void deliver(NetnsIpv6 ns, SkBuff skb) {
        int nh = Ipv6.nextHeader(skb.buf, skb.networkHeader);
        if (nh == Ipv6.NEXTHDR_ICMP) {
            af.icmp.rcv(ns, skb);
            ns.net.mib.ipv6[NetnsMib.IPSTATS_MIB_INDELIVERS]++;
            return;
        }
        af.drop(skb, DropReason.IP_NOPROTO);
    }
}
