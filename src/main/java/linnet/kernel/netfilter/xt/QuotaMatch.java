package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/** `-m quota [!] --quota BYTES` (xt_quota, quota_mt): matches while the packets' lengths fit what is left. */
public record QuotaMatch(long quota, boolean invert, Left left) implements XtMatch {
    /** priv->quota: what is left (not part of the rule's identity). */
    public static final class Left {
        long bytes = -1;

        @Override
        public boolean equals(Object o) { return o instanceof Left; }

        @Override
        public int hashCode() { return 0; }
    }

    @Override
    public String name() { return "quota"; }

    @Override
    public boolean match(NfPacket p) {
        if (left.bytes < 0) left.bytes = quota;
        int len = Ipv4.totalLength(p.buf(), p.ip());
        boolean ret = invert;
        if (left.bytes >= len) {
            left.bytes -= len;
            ret = !ret;
        } else {
            left.bytes = 0;
        }
        return ret;
    }
}
