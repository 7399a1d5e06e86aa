package linnet.kernel.netfilter.xt;

import linnet.kernel.core.SockOwner;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m owner` (xt_owner revision 1, owner_mt): the socket of a locally generated packet. No
 * socket: only the inverted tests pass; a kernel socket without a file fails every uid/gid test
 * (only their inversions pass); otherwise the file's fsuid/fsgid (a group may also be a
 * supplementary one) must lie in the ranges.
 */
public record OwnerMatch(int match, int invert, long uidMin, long uidMax, long gidMin, long gidMax) implements XtMatch {
    public static final int UID = 1, GID = 2, SOCKET = 4, SUPPL_GROUPS = 8;

    @Override
    public String name() { return "owner"; }

    /** Only where a packet can still carry its sender's socket: LOCAL_OUT and POST_ROUTING. */
    @Override
    public int hooks() { return (1 << 3) | (1 << 4); }

    /** owner_mt_check: a uid or gid range must be valid ids in order. */
    @Override
    public boolean checkentry() {
        if ((match & UID) != 0 && (uidMin > uidMax || uidMax == 0xffffffffL)) return false;
        return (match & GID) == 0 || (gidMin <= gidMax && gidMax != 0xffffffffL);
    }

    @Override
    public boolean match(NfPacket p) {
        if (!(p.skb.sk instanceof SockOwner sk)) return (match ^ invert) == 0;
        if ((match & invert & SOCKET) != 0) return false;
        if (!sk.file()) return ((match ^ invert) & (UID | GID)) == 0;
        if ((match & UID) != 0) {
            boolean in = sk.uid() >= uidMin && sk.uid() <= uidMax;
            if (in ^ ((invert & UID) == 0)) return false;
        }
        if ((match & GID) != 0) {
            boolean in = sk.gid() >= gidMin && sk.gid() <= gidMax;
            if (in ^ ((invert & GID) == 0)) return false;
        }
        return true;
    }
}
