package linnet.kernel.core;

/**
 * One packet: a byte array with headroom, the offset and length of the current data, and the
 * metadata the stack needs on the way (device, protocol, where the headers are). Headers are read
 * in place through the linnet.wire accessors; nothing is parsed into objects on the fast path.
 */
public final class SkBuff {
    public static final int HEADROOM = 64;

    /** pkt_type: who the frame was addressed to at layer 2. */
    public static final int PACKET_HOST = 0, PACKET_BROADCAST = 1, PACKET_MULTICAST = 2, PACKET_OTHERHOST = 3,
            PACKET_OUTGOING = 4, PACKET_LOOPBACK = 5;

    public byte[] buf;
    /** Start of the current data (moves as headers are pushed and pulled). */
    public int data;
    public int len;
    public int macHeader = -1;
    public int networkHeader = -1;
    public int transportHeader = -1;
    public NetDevice dev;
    /** Device the packet came in on, kept across the stack (skb->skb_iif). */
    public int iif;
    /** Ethertype (ETH_P_*) of the payload. */
    public int protocol;
    public int pktType;
    /** Cached route decision of the IPv4 layer (an opaque object owned by kernel.ipv4). */
    public Object dst;
    public int mark;
    /** What dev_queue_xmit answered for this packet (a qdisc drop fails the sendmsg that made it with ENOBUFS). */
    public int xmitRc;
    /** nf_trace: set by the TRACE target, so later rule hits would be logged. */
    public boolean nfTrace;
    /** The socket that sent it (for locally generated packets), opaque to the core. */
    public Object sk;
    /** The conntrack entry and ctinfo attached by netfilter (skb->_nfct), opaque to the core. */
    public Object nfct;
    public int nfctinfo;
    /** br_netfilter's nf_bridge info: the bridge ports the frame came in on / goes out of. */
    public NetDevice physIn, physOut;
    /** Set once br_netfilter ran PRE_ROUTING, so the IP layer does not run it again (ip_sabotage_in). */
    public boolean brnfPrerouted;
    /**
     * nf_bridge->bridged_dnat: a bridged frame DNATed to a host behind the same bridge, on its way
     * through the bridge device's neighbour output; br_dev_xmit hands it back to the bridge as if
     * it had just arrived, with its original source MAC ({@link #brnfSrcMac}).
     */
    public boolean bridgedDnat;
    public long brnfSrcMac;
    /**
     * skb->tstamp: when the frame was received (virtual ns; 0 for none yet), set once by
     * netif_receive_skb and cleared where a frame crosses namespaces (skb_scrub_packet). What
     * SO_TIMESTAMP gives a reader: ping's round trip ends here, not when it got round to reading.
     */
    public long tstamp;
    /**
     * skb->vlan_proto / vlan_tci: the 802.1Q/802.1ad tag __netif_receive_skb took out of the frame
     * (skb_vlan_untag) while the receive path looks for the VLAN device; 0 = no tag.
     */
    public int vlanProto, vlanTci;
    /** Who traces this packet (null: nobody): the mark a {@link SkbTracer} gave it. */
    public SkbTracer.Mark trace;

    public SkBuff(byte[] buf, int data, int len) {
        this.buf = buf;
        this.data = data;
        this.len = len;
    }

    /** A buffer with {@link #HEADROOM} free bytes before {@code payloadLen} bytes of data. */
    public static SkBuff alloc(int payloadLen) {
        return new SkBuff(new byte[HEADROOM + payloadLen], HEADROOM, payloadLen);
    }

    /** Makes room for a header of {@code n} bytes in front of the data (skb_push). */
    public int push(int n) {
        if (data < n) {
            byte[] nb = new byte[buf.length + HEADROOM + n];
            System.arraycopy(buf, data, nb, HEADROOM + n, len);
            shiftHeaders(HEADROOM + n - data);
            buf = nb;
            data = HEADROOM + n;
        }
        data -= n;
        len += n;
        return data;
    }

    private void shiftHeaders(int delta) {
        if (macHeader >= 0) macHeader += delta;
        if (networkHeader >= 0) networkHeader += delta;
        if (transportHeader >= 0) transportHeader += delta;
    }

    /** Removes {@code n} bytes of header from the front (skb_pull). */
    public void pull(int n) {
        data += n;
        len -= n;
    }

    /** Cuts the data to {@code n} bytes (skb_trim). */
    public void trim(int n) {
        if (n < len) len = n;
    }

    /** A full private copy (skb_copy): used where Linux clones, e.g. flooding or looping back. */
    public SkBuff copy() {
        SkBuff c = new SkBuff(buf.clone(), data, len);
        c.macHeader = macHeader;
        c.networkHeader = networkHeader;
        c.transportHeader = transportHeader;
        c.dev = dev;
        c.iif = iif;
        c.protocol = protocol;
        c.pktType = pktType;
        c.mark = mark;
        // A clone shares the conntrack entry and bridge info (skb_clone copies the references).
        c.nfct = nfct;
        c.nfctinfo = nfctinfo;
        c.physIn = physIn;
        c.physOut = physOut;
        c.brnfPrerouted = brnfPrerouted;
        c.tstamp = tstamp;
        c.vlanProto = vlanProto;
        c.vlanTci = vlanTci;
        if (trace != null) c.trace = trace.copied(c);
        return c;
    }
}
