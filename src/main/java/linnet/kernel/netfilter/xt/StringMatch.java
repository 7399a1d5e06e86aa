package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m string` (xt_string, string_mt): the pattern somewhere between byte offsets from and to of
 * the packet as the hook sees it (from the IPv4 header on), found by the textsearch algorithm
 * (bm or kmp: the same answers; ICASE only with bm); an unknown algorithm has no module (ENOENT).
 */
public record StringMatch(byte[] pattern, String algo, int from, int to, boolean invert, boolean icase) implements XtMatch {
    @Override
    public String name() { return "string"; }

    @Override
    public boolean checkentry() { return algo.equals("bm") || algo.equals("kmp"); }

    /** textsearch_prepare finds no such algorithm. */
    @Override
    public linnet.kernel.core.Errno checkErrno() { return linnet.kernel.core.Errno.ENOENT; }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        int base = p.ip();
        int len = Ipv4.totalLength(b, base);
        int end = Math.min(len, to);
        boolean found = false;
        for (int i = from; !found && i + pattern.length <= end; i++) {
            int k = 0;
            while (k < pattern.length && eq(b[base + i + k], pattern[k])) k++;
            found = k == pattern.length;
        }
        return found ^ invert;
    }

    private boolean eq(byte a, byte c) {
        if (a == c) return true;
        return icase && Character.toLowerCase((char) (a & 0xff)) == Character.toLowerCase((char) (c & 0xff));
    }
}
