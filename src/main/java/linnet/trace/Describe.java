package linnet.trace;

import linnet.kernel.core.Iff;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Arp;
import linnet.wire.Bytes;
import linnet.wire.Ethernet;
import linnet.wire.Icmp;
import linnet.wire.Inet4;
import linnet.wire.Inet6;
import linnet.wire.Ipv4;
import linnet.wire.Ipv6;
import linnet.wire.Mac;
import linnet.wire.Tcp;
import linnet.wire.Udp;

/**
 * What a packet is, in one line: protocol, addresses, ports, the ICMP type, TCP flags. It reads the
 * headers where the stack has them at that point (the network header once set, else the Ethernet
 * header the frame starts with), and never fails: a header it cannot read is left out.
 */
final class Describe {
    /** The facts an explanation needs, read with the line: -1 where a header does not say. */
    static final class Headers {
        /** An ICMP message's name as the trace words it ("port unreachable"), or null. */
        String icmpName;
        int ethType = -1, proto = -1, saddr, daddr, sport = -1, dport = -1, icmpType = -1, tcpFlags = -1, arpOp = -1,
                arpTpa;
        boolean v4;
        /** An IPv6 packet's destination, as written. */
        String dst6;
    }

    /** What {@code skb} is, its facts written into {@code h}. */
    static String of(SkBuff skb, NetDevice dev, Headers h) { return new Describe(h).describe(skb, dev); }

    /** The facts being read. */
    private final Headers h;

    private Describe(Headers h) { this.h = h; }

    private Headers h() { return h; }

    private String describe(SkBuff skb, NetDevice dev) {
        try {
            byte[] b = skb.buf;
            if (skb.networkHeader >= 0 && skb.networkHeader < b.length) {
                int type = skb.protocol != 0 ? skb.protocol : guess(b, skb.networkHeader);
                String l3 = network(type, b, skb.networkHeader, skb.data + skb.len);
                if (l3 != null) return l3;
            }
            int eth = skb.macHeader >= 0 ? skb.macHeader : ether(dev) ? skb.data : -1;
            if (eth >= 0 && eth + Ethernet.HLEN <= b.length) {
                int type = Ethernet.type(b, eth), p = eth + Ethernet.HLEN;
                if (type == 0x8100 && p + 4 <= b.length) {
                    String inner = network(Bytes.u16(b, p + 2), b, p + 4, skb.data + skb.len);
                    return "802.1Q vlan " + (Bytes.u16(b, p) & 0xfff) + ": " + (inner != null ? inner : "frame");
                }
                String l3 = network(type, b, p, skb.data + skb.len);
                return l3 != null ? l3 : String.format("ethertype 0x%04x %s > %s", type, Mac.format(Ethernet.src(b, eth)),
                        Mac.format(Ethernet.dst(b, eth)));
            }
            String l3 = network(guess(b, skb.data), b, skb.data, skb.data + skb.len);
            return l3 != null ? l3 : "a packet of " + skb.len + " bytes";
        } catch (RuntimeException e) {
            return "a packet of " + skb.len + " bytes";
        }
    }

    /** A frame's Ethernet addresses "src > dst" as it leaves ({@code out}: at skb->data) or arrives (at the MAC header). */
    static String macs(SkBuff skb, NetDevice dev, boolean out) {
        if (!ether(dev)) return null;
        int eth = out ? skb.data : skb.macHeader;
        if (eth < 0 || eth + Ethernet.HLEN > skb.buf.length) return null;
        return Mac.format(Ethernet.src(skb.buf, eth)) + " > " + Mac.format(Ethernet.dst(skb.buf, eth));
    }

    private static boolean ether(NetDevice dev) {
        return dev != null && (dev.flags() & (Iff.LOOPBACK | Iff.POINTOPOINT)) == 0 && dev.addrLen == 6;
    }

    private static int guess(byte[] b, int o) {
        int v = (b[o] & 0xff) >>> 4;
        return v == 4 ? Ethernet.P_IP : v == 6 ? Ethernet.P_IPV6 : 0;
    }

    private String network(int type, byte[] b, int o, int end) {
        h().ethType = type;
        return switch (type) {
            case Ethernet.P_IP -> ipv4(b, o, end);
            case Ethernet.P_IPV6 -> ipv6(b, o, end);
            case Ethernet.P_ARP -> arp(b, o);
            default -> null;
        };
    }

    private String arp(byte[] b, int o) {
        int op = Arp.op(b, o);
        h().arpOp = op;
        h().arpTpa = Arp.tpa(b, o);
        String spa = Inet4.format(Arp.spa(b, o)), tpa = Inet4.format(Arp.tpa(b, o));
        if (op == 1) return "ARP request who-has " + tpa + " tell " + spa;
        if (op == 2) return "ARP reply " + spa + " is-at " + Mac.format(Arp.sha(b, o));
        return "ARP op " + op;
    }

    private String ipv4(byte[] b, int o, int end) {
        int ihl = Ipv4.ihl(b, o), p = o + ihl, proto = Ipv4.protocol(b, o);
        String s = Inet4.format(Ipv4.src(b, o)), d = Inet4.format(Ipv4.dst(b, o));
        int len = Ipv4.totalLength(b, o);
        Headers h = h();
        h.v4 = true;
        h.proto = proto;
        h.saddr = Ipv4.src(b, o);
        h.daddr = Ipv4.dst(b, o);
        if (Ipv4.fragOffset(b, o) == 0) {
            if (proto == Ipv4.PROTO_UDP || proto == Ipv4.PROTO_TCP) {
                h.sport = Udp.srcPort(b, p);
                h.dport = Udp.dstPort(b, p);
            }
            if (proto == Ipv4.PROTO_TCP) h.tcpFlags = Tcp.flags(b, p);
            if (proto == Ipv4.PROTO_ICMP) h.icmpType = Icmp.type(b, p);
        }
        String frag = Ipv4.fragOffset(b, o) != 0 ? " (fragment offset " + Ipv4.fragOffset(b, o) + ")" : "";
        if (Ipv4.fragOffset(b, o) != 0) return "IP " + s + " > " + d + " proto " + proto + frag;
        return switch (proto) {
            case Ipv4.PROTO_ICMP -> {
                h.icmpName = icmp(b, p);
                yield "ICMP " + h.icmpName + " " + s + " > " + d + ", " + len + " bytes";
            }
            case Ipv4.PROTO_UDP -> "UDP " + s + ":" + Udp.srcPort(b, p) + " > " + d + ":" + Udp.dstPort(b, p) + ", "
                    + len + " bytes";
            case Ipv4.PROTO_TCP -> "TCP " + s + ":" + Tcp.srcPort(b, p) + " > " + d + ":" + Tcp.dstPort(b, p) + " ["
                    + tcpFlags(Tcp.flags(b, p)) + "], " + len + " bytes";
            case 2 -> "IGMP " + s + " > " + d + ", " + len + " bytes";
            default -> "IP " + s + " > " + d + " proto " + proto + ", " + len + " bytes";
        };
    }

    private static String icmp(byte[] b, int p) {
        int type = Icmp.type(b, p), code = Icmp.code(b, p);
        return switch (type) {
            case Icmp.ECHO_REQUEST -> "echo request id " + Icmp.id(b, p) + " seq " + Icmp.seq(b, p);
            case Icmp.ECHO_REPLY -> "echo reply id " + Icmp.id(b, p) + " seq " + Icmp.seq(b, p);
            case Icmp.DEST_UNREACH -> switch (code) {
                case Icmp.NET_UNREACH -> "net unreachable";
                case Icmp.HOST_UNREACH -> "host unreachable";
                case Icmp.PROT_UNREACH -> "protocol unreachable";
                case Icmp.PORT_UNREACH -> "port unreachable";
                case 4 -> "frag needed and DF set (mtu " + Icmp.mtu(b, p) + ")";
                case 9 -> "net prohibited";
                case 10 -> "host prohibited";
                case 13 -> "communication administratively prohibited";
                default -> "destination unreachable (code " + code + ")";
            };
            case Icmp.TIME_EXCEEDED -> code == 0 ? "time exceeded in-transit" : "fragment reassembly time exceeded";
            case Icmp.REDIRECT -> "redirect";
            default -> "type " + type + " code " + code;
        };
    }

    private static String tcpFlags(int f) {
        StringBuilder s = new StringBuilder();
        if ((f & Tcp.SYN) != 0) s.append('S');
        if ((f & Tcp.FIN) != 0) s.append('F');
        if ((f & Tcp.RST) != 0) s.append('R');
        if ((f & Tcp.PSH) != 0) s.append('P');
        if ((f & Tcp.ACK) != 0) s.append('.');
        return s.isEmpty() ? "none" : s.toString();
    }

    private String ipv6(byte[] b, int o, int end) {
        String s = Inet6.format(Ipv6.src(b, o)), d = Inet6.format(Ipv6.dst(b, o));
        int nh = Ipv6.nextHeader(b, o), p = o + Ipv6.HLEN;
        if (nh == 0) { // hop-by-hop options (MLD reports carry router alert)
            nh = b[p] & 0xff;
            p += ((b[p + 1] & 0xff) + 1) * 8;
        }
        h.proto = nh;
        h.dst6 = d;
        if (nh == Ipv6.NEXTHDR_ICMP) {
            h.icmpType = b[p] & 0xff;
            if (h.icmpType < 128) h.icmpName = icmp6(h.icmpType);
        }
        return switch (nh) {
            case Ipv6.NEXTHDR_ICMP -> "ICMPv6 " + icmp6(b[p] & 0xff) + " " + s + " > " + d;
            case Ipv6.NEXTHDR_UDP -> "UDP " + s + "." + Udp.srcPort(b, p) + " > " + d + "." + Udp.dstPort(b, p);
            case Ipv6.NEXTHDR_TCP -> "TCP " + s + "." + Tcp.srcPort(b, p) + " > " + d + "." + Tcp.dstPort(b, p) + " ["
                    + tcpFlags(Tcp.flags(b, p)) + "]";
            default -> "IPv6 " + s + " > " + d + " next header " + nh;
        };
    }

    private static String icmp6(int type) {
        return switch (type) {
            case 1 -> "destination unreachable";
            case 2 -> "packet too big";
            case 3 -> "time exceeded";
            case 128 -> "echo request";
            case 129 -> "echo reply";
            case 133 -> "router solicitation";
            case 134 -> "router advertisement";
            case 135 -> "neighbor solicitation";
            case 136 -> "neighbor advertisement";
            case 143 -> "multicast listener report v2";
            default -> "type " + type;
        };
    }

    /** Whether the line is the stack's own upkeep (IPv6 RS/RA/ND/MLD, IGMP reports), which a trace leaves out unless asked. */
    static boolean housekeeping(String what) {
        return what != null && (what.startsWith("IGMP ") || what.startsWith("ICMPv6 ") && (what.contains("router ")
                || what.contains("neighbor ") || what.contains("multicast listener")));
    }
}
