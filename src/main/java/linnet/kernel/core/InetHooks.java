package linnet.kernel.core;

/**
 * What the protocol families offer L3-aware drivers (ipvlan) without them knowing IPv4/IPv6's
 * classes: whether a device owns an address (the inetaddr/inet6addr notifier state a driver
 * would mirror), and ip_local_out / ip6_local_out of a finished packet after an output route
 * lookup in a namespace (ipvlan_process_v4_outbound).
 */
public interface InetHooks {
    boolean hasV4(NetDevice dev, int addr);

    boolean hasV6(NetDevice dev, byte[] addr);

    /**
     * Routes the IPv4 packet at {@code skb.data} in {@code net} out of {@code oif} (any source
     * allowed) and sends it through LOCAL_OUT; false when there is no unicast/local route.
     */
    boolean ip4Out(Net net, SkBuff skb, NetDevice oif);

    /**
     * neigh_lookup(&arp_tbl, ip, dev) for an entry in a NUD_CONNECTED state: its link-layer
     * address, or -1 (no entry, or not connected).
     */
    long arpConnected(NetDevice dev, int ip);

    /** inetaddr_validator_chain: a driver may refuse an IPv4 address being added to a device. */
    @FunctionalInterface
    interface AddrValidator {
        void validate(NetDevice dev, int addr) throws KernelException;
    }
}
