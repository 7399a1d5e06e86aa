package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;
import linnet.wire.Ipv4;

/**
 * `-j DSCP` (xt_DSCP, dscp_tg) and `-j TOS` (tos_tg): rewrite the IPv4 DS field. DSCP sets the
 * upper six bits and keeps the two ECN bits; TOS computes (tos & ~mask) ^ value. Both are
 * mangle-table targets; the header checksum is recomputed when the field changes.
 */
public record DsfieldTarget(boolean dscp, int value, int mask) implements XtTarget {
    @Override
    public String name() { return dscp ? "DSCP" : "TOS"; }

    @Override
    public String[] tables() { return new String[] {"mangle"}; }

    @Override
    public int target(NfPacket p) {
        byte[] b = p.buf();
        int o = p.ip();
        int orig = Ipv4.tos(b, o);
        int nv = dscp ? (orig & 0x03) | (value << 2) : ((orig & ~mask) ^ value) & 0xff;
        if (nv != orig) {
            Ipv4.setTos(b, o, nv);
            Ipv4.fillChecksum(b, o);
        }
        return Verdict.XT_CONTINUE;
    }
}
