package linnet.kernel.core;

/**
 * Network device features (include/linux/netdev_features.h, net/ethtool/common.c's
 * netdev_features_strings and the feature rules of net/core/dev.c), as in Linux 6.18.
 *
 * <p>A feature set is a {@code long} with one bit per feature, at the kernel's bit positions, so
 * sets combine as the kernel combines them. Bits 2, 12 and 13 are unused in 6.18: lltx and
 * netns-local became private flags, so ethtool neither lists nor accepts them (vlan-challenged is
 * still a feature, but one only the driver sets).
 */
public final class NetdevFeatures {
    private NetdevFeatures() {}

    public static final int SG = 0, IP_CSUM = 1, HW_CSUM = 3, IPV6_CSUM = 4, HIGHDMA = 5, FRAGLIST = 6,
            HW_VLAN_CTAG_TX = 7, HW_VLAN_CTAG_RX = 8, HW_VLAN_CTAG_FILTER = 9, VLAN_CHALLENGED = 10, GSO = 11,
            GRO = 14, LRO = 15,
            // the GSO bits: SKB_GSO_* shifted by NETIF_F_GSO_SHIFT (16)
            TSO = 16, GSO_ROBUST = 17, TSO_ECN = 18, TSO_MANGLEID = 19, TSO6 = 20, FSO = 21, GSO_GRE = 22,
            GSO_GRE_CSUM = 23, GSO_IPXIP4 = 24, GSO_IPXIP6 = 25, GSO_UDP_TUNNEL = 26, GSO_UDP_TUNNEL_CSUM = 27,
            GSO_PARTIAL = 28, GSO_TUNNEL_REMCSUM = 29, GSO_SCTP = 30, GSO_ESP = 31, GSO_UDP = 32, GSO_UDP_L4 = 33,
            GSO_FRAGLIST = 34, GSO_ACCECN = 35,
            FCOE_CRC = 36, SCTP_CRC = 37, NTUPLE = 38, RXHASH = 39, RXCSUM = 40, NOCACHE_COPY = 41, LOOPBACK = 42,
            RXFCS = 43, RXALL = 44, HW_VLAN_STAG_TX = 45, HW_VLAN_STAG_RX = 46, HW_VLAN_STAG_FILTER = 47,
            HW_L2FW_DOFFLOAD = 48, HW_TC = 49, HW_ESP = 50, HW_ESP_TX_CSUM = 51, RX_UDP_TUNNEL_PORT = 52,
            HW_TLS_TX = 53, HW_TLS_RX = 54, GRO_HW = 55, HW_TLS_RECORD = 56, GRO_FRAGLIST = 57, HW_MACSEC = 58,
            GRO_UDP_FWD = 59, HW_HSR_TAG_INS = 60, HW_HSR_TAG_RM = 61, HW_HSR_FWD = 62, HW_HSR_DUP = 63;

    /** NETDEV_FEATURE_COUNT: the size of the ethtool "features" string set. */
    public static final int COUNT = 64;

    private static final String[] NAMES = new String[COUNT];

    static {
        String[][] n = {
            {"0", "tx-scatter-gather"}, {"1", "tx-checksum-ipv4"}, {"3", "tx-checksum-ip-generic"},
            {"4", "tx-checksum-ipv6"}, {"5", "highdma"}, {"6", "tx-scatter-gather-fraglist"},
            {"7", "tx-vlan-hw-insert"}, {"8", "rx-vlan-hw-parse"}, {"9", "rx-vlan-filter"},
            {"10", "vlan-challenged"}, {"11", "tx-generic-segmentation"}, {"14", "rx-gro"}, {"15", "rx-lro"},
            {"16", "tx-tcp-segmentation"}, {"17", "tx-gso-robust"}, {"18", "tx-tcp-ecn-segmentation"},
            {"19", "tx-tcp-mangleid-segmentation"}, {"20", "tx-tcp6-segmentation"}, {"21", "tx-fcoe-segmentation"},
            {"22", "tx-gre-segmentation"}, {"23", "tx-gre-csum-segmentation"}, {"24", "tx-ipxip4-segmentation"},
            {"25", "tx-ipxip6-segmentation"}, {"26", "tx-udp_tnl-segmentation"},
            {"27", "tx-udp_tnl-csum-segmentation"}, {"28", "tx-gso-partial"},
            {"29", "tx-tunnel-remcsum-segmentation"}, {"30", "tx-sctp-segmentation"}, {"31", "tx-esp-segmentation"},
            // 32: SKB_GSO_UDP (UFO) is gone; its bit has no name, so "ufo" matches no feature
            {"33", "tx-udp-segmentation"}, {"34", "tx-gso-list"}, {"35", "tx-tcp-accecn-segmentation"},
            {"36", "tx-checksum-fcoe-crc"}, {"37", "tx-checksum-sctp"}, {"38", "rx-ntuple-filter"},
            {"39", "rx-hashing"}, {"40", "rx-checksum"}, {"41", "tx-nocache-copy"}, {"42", "loopback"},
            {"43", "rx-fcs"}, {"44", "rx-all"}, {"45", "tx-vlan-stag-hw-insert"}, {"46", "rx-vlan-stag-hw-parse"},
            {"47", "rx-vlan-stag-filter"}, {"48", "l2-fwd-offload"}, {"49", "hw-tc-offload"},
            {"50", "esp-hw-offload"}, {"51", "esp-tx-csum-hw-offload"}, {"52", "rx-udp_tunnel-port-offload"},
            {"53", "tls-hw-tx-offload"}, {"54", "tls-hw-rx-offload"}, {"55", "rx-gro-hw"}, {"56", "tls-hw-record"},
            {"57", "rx-gro-list"}, {"58", "macsec-hw-offload"}, {"59", "rx-udp-gro-forwarding"},
            {"60", "hsr-tag-ins-offload"}, {"61", "hsr-tag-rm-offload"}, {"62", "hsr-fwd-offload"},
            {"63", "hsr-dup-offload"},
        };
        for (String[] e : n) NAMES[Integer.parseInt(e[0])] = e[1];
    }

    /** The feature's name in the ethtool string set, or null for an unused bit. */
    public static String name(int bit) { return NAMES[bit]; }

    /** The bit of a feature name (case matters, as in the kernel's string compare), or -1. */
    public static int bit(String name) {
        for (int i = 0; i < COUNT; i++) if (name.equals(NAMES[i])) return i;
        return -1;
    }

    public static long f(int bit) { return 1L << bit; }

    public static long of(int... bits) {
        long m = 0;
        for (int b : bits) m |= f(b);
        return m;
    }

    public static boolean has(long set, int bit) { return (set & f(bit)) != 0; }

    public static final long CSUM_MASK = of(IP_CSUM, IPV6_CSUM, HW_CSUM);
    public static final long ALL_TSO = of(TSO, TSO6, TSO_ECN, TSO_MANGLEID);
    /** NETIF_F_GSO_SOFTWARE: what the stack can segment itself. */
    public static final long GSO_SOFTWARE = ALL_TSO | of(GSO_SCTP, GSO_UDP_L4, GSO_FRAGLIST, GSO_ACCECN);
    /** NETIF_F_GSO_ENCAP_ALL: the tunnel segmentation bits. */
    public static final long GSO_ENCAP_ALL = of(GSO_GRE, GSO_GRE_CSUM, GSO_IPXIP4, GSO_IPXIP6, GSO_UDP_TUNNEL,
            GSO_UDP_TUNNEL_CSUM);
    /** NETIF_F_GSO_MASK: every bit from TSO up to the last GSO type. */
    public static final long GSO_MASK = rangeMask(TSO, GSO_ACCECN);
    /** Upper devices (a bridge) have these if any lower device has them. */
    public static final long ONE_FOR_ALL = GSO_SOFTWARE | of(GSO_ROBUST, SG, HIGHDMA, FRAGLIST, VLAN_CHALLENGED);
    /** Upper devices have these only if every lower device has them. */
    public static final long ALL_FOR_ALL = of(NOCACHE_COPY, FSO);
    /** NETIF_F_NEVER_CHANGE: set by drivers only; an ethtool request naming one is refused. */
    public static final long NEVER_CHANGE = of(VLAN_CHALLENGED);
    /** NETIF_F_SOFT_FEATURES (on by default) and NETIF_F_SOFT_FEATURES_OFF (off by default). */
    public static final long SOFT_FEATURES = of(GSO, GRO), SOFT_FEATURES_OFF = of(GRO_FRAGLIST, GRO_UDP_FWD);

    private static long rangeMask(int lo, int hi) {
        long m = 0;
        for (int i = lo; i <= hi; i++) m |= f(i);
        return m;
    }

    /**
     * netdev_fix_features: the dependencies between features, whatever the driver allows
     * (checksums for segmentation, SG for TSO and GSO, ...). Returns the fixed set.
     */
    public static long fix(long features) {
        // Fix illegal checksum combinations: generic checksumming makes the per-protocol ones redundant.
        if (has(features, HW_CSUM) && (features & of(IP_CSUM, IPV6_CSUM)) != 0) features &= ~of(IP_CSUM, IPV6_CSUM);
        // TSO requires that SG is present as well.
        if ((features & ALL_TSO) != 0 && !has(features, SG)) features &= ~ALL_TSO;
        if (has(features, TSO) && !has(features, HW_CSUM) && !has(features, IP_CSUM)) features &= ~of(TSO, TSO_ECN);
        if (has(features, TSO6) && !has(features, HW_CSUM) && !has(features, IPV6_CSUM)) features &= ~f(TSO6);
        // TSO with IPv4 ID mangling requires IPv4 TSO be enabled.
        if (has(features, TSO_MANGLEID) && !has(features, TSO)) features &= ~f(TSO_MANGLEID);
        // TSO ECN requires that TSO is present as well.
        if ((features & ALL_TSO) == f(TSO_ECN)) features &= ~f(TSO_ECN);
        // Software GSO depends on SG.
        if (has(features, GSO) && !has(features, SG)) features &= ~f(GSO);
        // UDP segmentation offload needs checksums for both IP versions.
        if (has(features, GSO_UDP_L4) && !has(features, HW_CSUM)
                && !(has(features, IP_CSUM) && has(features, IPV6_CSUM))) features &= ~f(GSO_UDP_L4);
        // Hardware GRO and LRO need received checksums, and not the FCS kept in the frame.
        if (!has(features, RXCSUM)) features &= ~f(GRO_HW);
        if (has(features, RXFCS)) features &= ~of(LRO, GRO_HW);
        if (has(features, HW_TLS_TX) && (features & CSUM_MASK) == 0) features &= ~f(HW_TLS_TX);
        if (has(features, HW_TLS_RX) && !has(features, RXCSUM)) features &= ~f(HW_TLS_RX);
        if (has(features, GRO_HW) && has(features, LRO)) features &= ~f(LRO);
        return features;
    }

    /**
     * netdev_increment_features: adds one lower device's features to an upper device's set
     * being recomputed; {@code mask} is what the upper device itself wants.
     */
    public static long increment(long all, long one, long mask) {
        if (has(mask, HW_CSUM)) mask |= CSUM_MASK;
        mask |= f(VLAN_CHALLENGED);
        all |= one & (ONE_FOR_ALL | CSUM_MASK) & mask;
        all &= one | ~ALL_FOR_ALL;
        // If one device supports hardware checksumming, set it for all.
        if (has(all, HW_CSUM)) all &= ~(CSUM_MASK & ~f(HW_CSUM));
        return all;
    }
}
