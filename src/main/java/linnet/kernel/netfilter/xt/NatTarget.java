package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Nat;
import linnet.kernel.netfilter.XtTarget;

/**
 * MASQUERADE, SNAT, DNAT, REDIRECT (nf_nat_range2): an address range and a port range to map the
 * connection to; only consulted for the first packet of a connection.
 */
public record NatTarget(String kind, int minAddr, int maxAddr, int minPort, int maxPort, int flags) implements XtTarget {
    /** NF_NAT_RANGE_* flags. */
    public static final int MAP_IPS = 1, PROTO_SPECIFIED = 2, PROTO_RANDOM = 4, PERSISTENT = 8, PROTO_RANDOM_FULLY = 16;

    @Override
    public String name() { return kind; }

    @Override
    public String[] tables() { return new String[] {"nat"}; }

    @Override
    public int hooks() {
        return switch (kind) {
            case "MASQUERADE", "SNAT" -> (1 << 4) | (kind.equals("SNAT") ? (1 << 1) : 0);
            default -> (1 << 0) | (1 << 3);
        };
    }

    @Override
    public int target(NfPacket p) { return Nat.setupFromTarget(this, p); }
}
