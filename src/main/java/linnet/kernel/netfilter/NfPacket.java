package linnet.kernel.netfilter;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * What matches and targets see of a packet on a hook (struct xt_action_param + nf_hook_state):
 * the buffer with its IPv4 header at {@code skb.networkHeader}, the hook, the devices, the
 * namespace, and the conntrack entry attached to it.
 */
public final class NfPacket {
    public SkBuff skb;
    public int hook;
    public NetDevice in;
    public NetDevice out;
    public Net net;
    /** The bridge ports for bridged packets (br_netfilter), for -m physdev; else null. */
    public NetDevice physIn, physOut;
    public NfConn ct;
    /** IP_CT_* of the packet relative to {@link #ct}. */
    public int ctinfo;
    /** A matching rule may hot-drop the packet (e.g. a malformed header). */
    public boolean hotdrop;

    public byte[] buf() { return skb.buf; }

    /**
     * Where the transport header starts, for a match that needs its first {@code need} bytes; -1 when
     * the match cannot apply: a later fragment (no header: no match), or a header cut short (the
     * packet is hot-dropped, as tcp_mt/udp_mt/icmp_match do).
     */
    public int transport(int need) {
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        if (linnet.wire.Ipv4.fragOffset(b, o) != 0) return -1;
        int t = o + linnet.wire.Ipv4.ihl(b, o);
        if (t + need > b.length) {
            hotdrop = true;
            return -1;
        }
        return t;
    }

    public int ip() { return skb.networkHeader; }
}
