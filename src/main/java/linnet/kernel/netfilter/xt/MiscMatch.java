package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * Small header and connection tests: `-m ecn` (ecn_mt: TCP CWR/ECE flags, the IP ECT bits),
 * `-m esp` / `-m ah` (the SPI within a range; the rule must name the protocol) and `-m helper`
 * (the helper of the connection's master: nothing here sets up expectations, so only the
 * inversion matches).
 */
public record MiscMatch(String kind, int flags, int invFlags, int a, int b, String text) implements XtMatch {
    /** ecn flags (XT_ECN_OP_MATCH_*). */
    public static final int ECN_IP = 1, ECN_ECE = 0x10, ECN_CWR = 0x20;

    @Override
    public String name() { return kind; }

    /** xt_check_match with .proto: esp needs -p esp (50), ah -p ah (51), ecn's TCP tests -p tcp. */
    public int proto() {
        return switch (kind) {
            case "esp" -> 50;
            case "ah" -> 51;
            case "ecn" -> (flags & (ECN_ECE | ECN_CWR)) != 0 ? 6 : 0;
            default -> 0;
        };
    }

    @Override
    public boolean match(NfPacket p) {
        byte[] buf = p.buf();
        int o = p.ip();
        switch (kind) {
            case "helper":
                return flags != 0;
            case "ecn": {
                if ((flags & ECN_IP) != 0 && ((Ipv4.tos(buf, o) & 3) == a) == ((invFlags & ECN_IP) != 0)) return false;
                if ((flags & (ECN_ECE | ECN_CWR)) != 0) {
                    int t = p.transport(14);
                    if (t < 0) return false;
                    int f = buf[t + 13] & 0xff;
                    if ((flags & ECN_ECE) != 0 && ((f & 0x40) != 0) == ((invFlags & ECN_ECE) != 0)) return false;
                    if ((flags & ECN_CWR) != 0 && ((f & 0x80) != 0) == ((invFlags & ECN_CWR) != 0)) return false;
                }
                return true;
            }
            default: {
                // esp: the SPI is the first word, ah: the second
                int t = p.transport(8);
                if (t < 0) return false;
                int at = kind.equals("esp") ? t : t + 4;
                long spi = ((buf[at] & 0xffL) << 24) | ((buf[at + 1] & 0xff) << 16) | ((buf[at + 2] & 0xff) << 8) | (buf[at + 3] & 0xff);
                return (spi >= (a & 0xffffffffL) && spi <= (b & 0xffffffffL)) ^ (invFlags != 0);
            }
        }
    }
}
