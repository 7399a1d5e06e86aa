package linnet.kernel.core;

/**
 * What IPv6 input does with a multicast packet for a group the receiving device does not listen
 * to (ip6_rcv_core, then ip6_mc_input's ipv6_chk_mcast_addr failing): it counts the packet and
 * drops it, and nothing else happens. A bridge floods such packets to every port (MLD reports,
 * router solicitations, DAD's neighbour solicitations: several per namespace that comes up), so
 * the bridge asks this in advance and counts those copies in bulk instead of delivering each one
 * (bridge.BrFloodLedger). Implemented by the IPv6 layer, which alone knows its rules.
 */
public interface UnheardMulticast {
    /** {@link #classify}: every device listens (all-nodes), or the packet is not a plain multicast one. */
    int EVERYONE = -2;
    /** {@link #classify}: no device that {@link #solicitedGroups} accepted listens. */
    int NOBODY = -1;

    /**
     * The low 24 bits of every solicited-node group {@code dev} listens to, or null when {@code dev}
     * would do more with such a packet than count and drop it (no IPv6, IPv6 disabled, forwarding:
     * a router listens to the all-routers groups too).
     */
    int[] solicitedGroups(NetDevice dev);

    /**
     * For the {@code len} bytes of an IPv6 packet at {@code b[off]}: {@link #EVERYONE} (also for what
     * ipv6_rcv would refuse or deliver: a bad header, a unicast address), {@link #NOBODY}, or the
     * low 24 bits of its solicited-node group (only devices with such an address listen).
     */
    int classify(byte[] b, int off, int len);

    /** The packet's ECN class (its traffic class's two low bits): which of InNoECTPkts.. it counts in. */
    int ecn(byte[] b, int off);

    /** Its length as ip6_mc_input counts it (header and payload, past any padding of the frame). */
    int mcastOctets(byte[] b, int off);

    /**
     * The counters {@code frames} such packets leave in {@code dev}'s namespace: octets as ip6_rcv_core
     * counts them, mcastOctets as ip6_mc_input does, ecn[i] of them in ECN class i.
     */
    void count(NetDevice dev, long frames, long octets, long mcastOctets, long[] ecn);

    /** The drop reason's count for {@code frames} such drops. */
    void countDrops(long frames);
}
