package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Ipv4;

/**
 * IPv4 fragmentation (ip_fragment) and reassembly (net/ipv4/ip_fragment.c): packets larger than
 * the path MTU without DF leave in 8-byte aligned pieces; local delivery waits for all pieces.
 */
final class IpFragment {
    private IpFragment() {}

    /** Splits the packet at {@code skb.networkHeader} into fragments of at most {@code mtu} bytes. */
    static List<SkBuff> fragment(SkBuff skb, int mtu) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int ihl = Ipv4.ihl(b, ip);
        int total = Ipv4.totalLength(b, ip);
        int payload = total - ihl;
        int chunk = ((mtu - ihl) / 8) * 8;
        int baseOff = Ipv4.fragOffset(b, ip);
        boolean baseMf = Ipv4.moreFragments(b, ip);
        List<SkBuff> out = new ArrayList<>();
        for (int off = 0; off < payload; off += chunk) {
            int len = Math.min(chunk, payload - off);
            SkBuff f = SkBuff.alloc(ihl + len);
            System.arraycopy(b, ip, f.buf, f.data, ihl);
            System.arraycopy(b, ip + ihl + off, f.buf, f.data + ihl, len);
            boolean mf = off + len < payload || baseMf;
            int field = ((baseOff + off) / 8) | (mf ? Ipv4.FLAG_MF : 0);
            Ipv4.setFlagsFrag(f.buf, f.data, field);
            Ipv4.setTotalLength(f.buf, f.data, ihl + len);
            Ipv4.fillChecksum(f.buf, f.data);
            f.networkHeader = f.data;
            f.transportHeader = f.data + ihl;
            f.protocol = Ethernet.P_IP;
            f.pktType = skb.pktType;
            f.dst = skb.dst;
            f.dev = skb.dev;
            f.iif = skb.iif;
            out.add(f);
        }
        return out;
    }

    /** One datagram being reassembled (struct ipq). */
    private static final class Queue {
        final byte[] data = new byte[65536];
        final java.util.BitSet have = new java.util.BitSet();
        int totalPayload = -1;
        byte[] header;
        SkBuff first;
    }

    /** Per-namespace reassembly queues, keyed by (src, dst, id, protocol). */
    static final class Table {
        private final Map<String, Queue> queues = new HashMap<>();

        /** ip_defrag: returns the whole datagram once complete, else null (the piece is kept). */
        SkBuff add(SkBuff skb, long[] mib) {
            // ip_defrag: every fragment is a reassembly request
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_REASMREQDS]++;
            byte[] b = skb.buf;
            int ip = skb.networkHeader;
            int ihl = Ipv4.ihl(b, ip);
            String key = Ipv4.src(b, ip) + "/" + Ipv4.dst(b, ip) + "/" + Ipv4.id(b, ip) + "/" + Ipv4.protocol(b, ip);
            Queue q = queues.computeIfAbsent(key, k -> new Queue());
            int off = Ipv4.fragOffset(b, ip);
            int len = Ipv4.totalLength(b, ip) - ihl;
            if (off + len > q.data.length) {
                mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_REASMFAILS]++;
                queues.remove(key);
                return null;
            }
            System.arraycopy(b, ip + ihl, q.data, off, len);
            q.have.set(off, off + len);
            if (off == 0) {
                q.header = java.util.Arrays.copyOfRange(b, ip, ip + ihl);
                q.first = skb;
            }
            if (!Ipv4.moreFragments(b, ip)) q.totalPayload = off + len;
            if (q.totalPayload < 0 || q.header == null || q.have.nextClearBit(0) < q.totalPayload) return null;
            queues.remove(key);
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_REASMOKS]++;
            int hl = q.header.length;
            SkBuff whole = SkBuff.alloc(hl + q.totalPayload);
            System.arraycopy(q.header, 0, whole.buf, whole.data, hl);
            System.arraycopy(q.data, 0, whole.buf, whole.data + hl, q.totalPayload);
            Ipv4.setFlagsFrag(whole.buf, whole.data, Ipv4.flagsFrag(whole.buf, whole.data) & Ipv4.FLAG_DF);
            Ipv4.setTotalLength(whole.buf, whole.data, hl + q.totalPayload);
            Ipv4.fillChecksum(whole.buf, whole.data);
            whole.networkHeader = whole.data;
            whole.transportHeader = whole.data + hl;
            whole.protocol = Ethernet.P_IP;
            whole.dev = q.first.dev;
            whole.iif = q.first.iif;
            whole.pktType = q.first.pktType;
            whole.dst = q.first.dst;
            return whole;
        }

        void clear() { queues.clear(); }
    }
}
