package linnet.kernel.core;

import java.util.ArrayDeque;

/**
 * The receive side of an AF_PACKET socket bound to ETH_P_ALL (net/packet/af_packet.c packet_rcv /
 * tpacket_rcv): a member of the namespace's ptype_all list, handed a copy of every frame the
 * devices of its namespace transmit ({@link #xmitNit}, dev_queue_xmit_nit, right before the
 * driver's ndo_start_xmit) or receive ({@link #receiveNit}, __netif_receive_skb before the
 * ingress qdisc, the VLAN device, a bridge port's rx_handler and the protocols; so a frame that
 * netfilter later drops has still been seen on the device it came in on). Bound to one device
 * (ifindex) or to all of the namespace's (ifindex 0, libpcap's "any"). The socket filter
 * (SO_ATTACH_FILTER) decides in the kernel which frames are queued; what passes is counted as
 * tp_packets (PACKET_STATISTICS), whether or not the reader ever takes it.
 */
public final class PacketTap {
    /** One captured frame as the socket hands it up, with its sockaddr_ll fields. */
    public record Frame(long tstampNs, int ifindex, int hatype, int pktType, int protocol,
            /** the link-layer header's length at the front of {@code data} (0 for ARPHRD_NONE) */
            int hardHeaderLen, byte[] data) {
        public int len() { return data.length; }
    }

    /** The socket filter (a compiled BPF program): whether the socket takes the frame. */
    @FunctionalInterface
    public interface Filter {
        boolean accept(Frame f);
    }

    public final Net net;
    /** The bound device's ifindex, 0 for every device of the namespace. */
    public final int ifindex;
    private final Filter filter;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    /** tp_packets: frames the filter accepted. */
    private long packets;
    private boolean closed;

    private PacketTap(Net net, int ifindex, Filter filter) {
        this.net = net;
        this.ifindex = ifindex;
        this.filter = filter;
    }

    /**
     * socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) + bind + SO_ATTACH_FILTER: ENODEV for an index
     * the namespace does not have. {@code filter} null takes everything.
     */
    public static PacketTap open(Net net, int ifindex, Filter filter) throws KernelException {
        if (ifindex != 0 && net.byIndex(ifindex) == null) throw new KernelException(Errno.ENODEV);
        PacketTap t = new PacketTap(net, ifindex, filter);
        net.ptypeAll.add(t);
        net.kernel.floodChanged(null);
        return t;
    }

    /** close(2): off the ptype_all list; what was queued is gone. */
    public void close() {
        if (closed) return;
        closed = true;
        net.ptypeAll.remove(this);
        net.kernel.floodChanged(null);
        queue.clear();
    }

    /** The next queued frame, or null. */
    public Frame poll() { return queue.poll(); }

    public boolean isEmpty() { return queue.isEmpty(); }

    /** PACKET_STATISTICS' tp_packets: frames the filter let in since the socket was opened. */
    public long packets() { return packets; }

    private void rcv(NetDevice dev, SkBuff skb, int start, int end, int pktType) {
        if (ifindex != 0 && ifindex != dev.ifindex()) return;
        int hh = start < 0 ? 0 : dev.hardHeaderLen() == 0 ? 0 : Math.min(14, end - start);
        if (start < 0) start = skb.data;
        byte[] data;
        int protocol = skb.protocol;
        if (skb.vlanProto != 0 && hh >= 14) {
            // the tag skb_vlan_untag took out comes back in front of the ethertype (libpcap
            // re-inserts it from the packet's auxdata)
            data = new byte[end - start + 4];
            System.arraycopy(skb.buf, start, data, 0, 12);
            data[12] = (byte) (skb.vlanProto >>> 8);
            data[13] = (byte) skb.vlanProto;
            data[14] = (byte) (skb.vlanTci >>> 8);
            data[15] = (byte) skb.vlanTci;
            System.arraycopy(skb.buf, start + 12, data, 16, end - start - 12);
        } else {
            data = java.util.Arrays.copyOfRange(skb.buf, start, end);
            if (hh >= 14) protocol = ((data[12] & 0xff) << 8) | (data[13] & 0xff);
        }
        Frame f = new Frame(net.kernel.loop.now(), dev.ifindex(), dev.type, pktType, protocol, hh, data);
        if (filter != null && !filter.accept(f)) return;
        packets++;
        queue.add(f);
    }

    /**
     * dev_queue_xmit_nit: every tap of the device's namespace gets the frame leaving it (the
     * data starts at its link-layer header), marked PACKET_OUTGOING.
     */
    public static void xmitNit(NetDevice dev, SkBuff skb) {
        Net n = dev.net();
        if (n == null || n.ptypeAll.isEmpty()) return;
        int start = dev.hardHeaderLen() == 0 ? -1 : skb.data;
        for (PacketTap t : n.ptypeAll.toArray(new PacketTap[0])) t.rcv(dev, skb, start, skb.data + skb.len, SkBuff.PACKET_OUTGOING);
    }

    /**
     * The ptype_all walk of __netif_receive_skb_core: the frame as it arrived (from its MAC
     * header, eth_type_trans having pulled it), with its packet type.
     */
    public static void receiveNit(NetDevice dev, SkBuff skb) {
        Net n = dev.net();
        if (n == null || n.ptypeAll.isEmpty()) return;
        int start = dev.hardHeaderLen() == 0 || skb.macHeader < 0 || skb.macHeader > skb.data ? -1 : skb.macHeader;
        for (PacketTap t : n.ptypeAll.toArray(new PacketTap[0])) t.rcv(dev, skb, start, skb.data + skb.len, skb.pktType);
    }
}
