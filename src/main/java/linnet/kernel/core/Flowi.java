package linnet.kernel.core;

/**
 * The family-independent keys of a route lookup (struct flowi_common plus the ports of flowi_uli):
 * what policy rules select on besides addresses. Output lookups come from loopback (iif 1).
 */
public class Flowi {
    public static final int LOOPBACK_IFINDEX = 1;

    public int oif;
    public int iif = LOOPBACK_IFINDEX;
    public int mark;
    /** The socket's uid (0 for root); input lookups use the namespace's root uid. */
    public long uid;
    public int proto;
    /** Ports in host order; for ICMP the type and code overlay the destination port (type << 8 | code). */
    public int sport, dport;
}
