package linnet.kernel.netfilter.xt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfPacket;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.wire.Icmp;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;
import linnet.wire.Ipv4Repr;
import linnet.wire.Tcp;
import linnet.wire.Udp;

/**
 * Shared fixture for the xt kernel-half tests: a BARE lab whose root namespace has lo plus two
 * veth pairs (eth0/eth1 and vbr0/vbr1), and builders for real IPv4 packets in an SkBuff.
 */
final class NfFixture {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);
    final Net net = lab.main.kernel.initNet();

    NfFixture() {
        run("ip link add eth0 type veth peer name eth1");
        run("ip link add vbr0 type veth peer name vbr1");
        run("ip link set eth0 up");
        run("ip link set eth1 up");
        run("ip link set vbr0 up");
        run("ip link set vbr1 up");
    }

    /** Runs a shell line; fails the test if it printed anything to stderr or returned non-zero. */
    String run(String line) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = sh.runLine(line, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals("", e.toString(StandardCharsets.UTF_8), line);
        assertEquals(0, rc, line);
        lab.loop.runPending();
        return o.toString(StandardCharsets.UTF_8);
    }

    NetDevice dev(String name) {
        NetDevice d = net.byName(name);
        if (d == null) throw new AssertionError("no device " + name);
        return d;
    }

    NetfilterNet nf() { return NetfilterNet.of(net); }

    /** NF_HOOK as the IPv4 layer calls it: every table and conntrack of the hook; false = dropped. */
    boolean hook(int hook, SkBuff skb, String in, String out) {
        return linnet.kernel.netfilter.Netfilter.run(hook, skb, in == null ? null : dev(in), out == null ? null : dev(out));
    }

    static int ip(String s) { return Inet4.parse(s); }

    // ---- packets -------------------------------------------------------------------------------

    static SkBuff ipPacket(int proto, int src, int dst, int l4len) {
        SkBuff skb = SkBuff.alloc(Ipv4.HLEN + l4len);
        skb.networkHeader = skb.data;
        skb.transportHeader = skb.data + Ipv4.HLEN;
        new Ipv4Repr(src, dst, proto, 64, 0, 0x1234, false, l4len).emit(skb.buf, skb.networkHeader);
        return skb;
    }

    static SkBuff udp(String src, String dst, int sport, int dport) { return udp(src, dst, sport, dport, 12); }

    static SkBuff udp(String src, String dst, int sport, int dport, int payload) {
        SkBuff skb = ipPacket(Ipv4.PROTO_UDP, ip(src), ip(dst), Udp.HLEN + payload);
        byte[] b = skb.buf;
        int t = skb.transportHeader;
        Udp.setSrcPort(b, t, sport);
        Udp.setDstPort(b, t, dport);
        Udp.setLength(b, t, Udp.HLEN + payload);
        for (int i = 0; i < payload; i++) b[t + Udp.HLEN + i] = (byte) ('a' + i % 26);
        Udp.fillChecksum(b, skb.networkHeader);
        return skb;
    }

    static SkBuff tcp(String src, String dst, int sport, int dport, int flags) {
        SkBuff skb = ipPacket(Ipv4.PROTO_TCP, ip(src), ip(dst), Tcp.HLEN);
        byte[] b = skb.buf;
        int t = skb.transportHeader;
        Tcp.setSrcPort(b, t, sport);
        Tcp.setDstPort(b, t, dport);
        Tcp.setSeq(b, t, 1000);
        Tcp.setDataOffset(b, t, Tcp.HLEN);
        Tcp.setFlags(b, t, flags);
        Tcp.setWindow(b, t, 65535);
        Tcp.fillChecksum(b, skb.networkHeader);
        return skb;
    }

    /** An ICMP message with 8 bytes of header and {@code payload} bytes after it (id/seq for echo). */
    static SkBuff icmp(String src, String dst, int type, int code, int id, int seq, int payload) {
        SkBuff skb = ipPacket(Ipv4.PROTO_ICMP, ip(src), ip(dst), Icmp.HLEN + payload);
        byte[] b = skb.buf;
        int t = skb.transportHeader;
        Icmp.setType(b, t, type);
        Icmp.setCode(b, t, code);
        Icmp.setId(b, t, id);
        Icmp.setSeq(b, t, seq);
        Icmp.fillChecksum(b, t, Icmp.HLEN + payload);
        return skb;
    }

    static SkBuff icmp(String src, String dst, int type, int code) { return icmp(src, dst, type, code, 0x77, 1, 8); }

    /** Makes the packet a non-first fragment (offset in bytes, multiple of 8). */
    static SkBuff fragment(SkBuff skb, int offsetBytes) {
        Ipv4.setFlagsFrag(skb.buf, skb.networkHeader, offsetBytes >>> 3);
        Ipv4.fillChecksum(skb.buf, skb.networkHeader);
        return skb;
    }

    /** A packet whose buffer ends right after the IPv4 header plus {@code l4bytes} transport bytes. */
    static SkBuff truncated(int proto, int l4bytes) {
        byte[] b = new byte[Ipv4.HLEN + l4bytes];
        new Ipv4Repr(ip("10.0.0.1"), ip("10.0.0.2"), proto, 64, 0, 1, false, l4bytes).emit(b, 0);
        SkBuff skb = new SkBuff(b, 0, b.length);
        skb.networkHeader = 0;
        skb.transportHeader = Ipv4.HLEN;
        return skb;
    }

    NfPacket pkt(SkBuff skb, int hook, String in, String out) {
        NfPacket p = new NfPacket();
        p.skb = skb;
        p.hook = hook;
        p.in = in == null ? null : dev(in);
        p.out = out == null ? null : dev(out);
        p.net = net;
        return p;
    }

    /** A packet without namespace or devices, for matches that look only at the bytes. */
    static NfPacket bare(SkBuff skb) {
        NfPacket p = new NfPacket();
        p.skb = skb;
        p.hook = 1;
        return p;
    }

    static List<int[]> ranges(int... loHi) {
        java.util.ArrayList<int[]> l = new java.util.ArrayList<>();
        for (int i = 0; i < loHi.length; i += 2) l.add(new int[] {loHi[i], loHi[i + 1]});
        return l;
    }
}
