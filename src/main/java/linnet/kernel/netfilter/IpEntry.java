package linnet.kernel.netfilter;

/**
 * The fixed part of an iptables rule (struct ipt_ip): addresses with masks, interfaces (a name
 * ending in '+' matches every device with that prefix), protocol, fragment flag, inversions.
 */
public record IpEntry(int src, int srcMask, int dst, int dstMask, String inIface, String outIface, int proto,
                      boolean fragment, int invFlags) {
    /** Inversion flags (IPT_INV_*). */
    public static final int INV_VIA_IN = 0x01, INV_VIA_OUT = 0x02, INV_TOS = 0x04, INV_SRCIP = 0x08,
            INV_DSTIP = 0x10, INV_FRAG = 0x20, INV_PROTO = 0x40;

    public static final IpEntry ANY = new IpEntry(0, 0, 0, 0, "", "", 0, false, 0);

    public boolean inv(int flag) { return (invFlags & flag) != 0; }
}
