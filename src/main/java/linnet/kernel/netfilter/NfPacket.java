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

    public int ip() { return skb.networkHeader; }
}
