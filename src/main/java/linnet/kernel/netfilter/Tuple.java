package linnet.kernel.netfilter;

/**
 * A conntrack tuple (struct nf_conntrack_tuple) for IPv4: protocol, addresses and the per-protocol
 * part: ports for TCP/UDP; for ICMP the echo id as "sport" and type/code as "dport" (type << 8 | code).
 */
public record Tuple(int proto, int src, int dst, int sport, int dport) {
    /** The tuple a reply to this one carries (nf_ct_invert_tuple). */
    public Tuple invert() {
        if (proto == 1) {
            int type = dport >>> 8, code = dport & 0xff;
            int rtype = switch (type) {
                case 8 -> 0;
                case 0 -> 8;
                case 13 -> 14;
                case 14 -> 13;
                case 15 -> 16;
                case 16 -> 15;
                case 17 -> 18;
                case 18 -> 17;
                default -> type;
            };
            return new Tuple(proto, dst, src, sport, (rtype << 8) | code);
        }
        return new Tuple(proto, dst, src, dport, sport);
    }
}
