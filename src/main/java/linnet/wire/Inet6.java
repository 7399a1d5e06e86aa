package linnet.wire;

/**
 * IPv6 addresses as 16-byte arrays: text parsing and RFC 5952 formatting, prefix tests, and the
 * derived addresses neighbour discovery needs (solicited-node group, its multicast MAC).
 */
public final class Inet6 {
    private Inet6() {}

    public static final int LEN = 16;
    public static final byte[] ANY = new byte[16];
    public static final byte[] LOOPBACK = loopback();

    private static byte[] loopback() {
        byte[] a = new byte[16];
        a[15] = 1;
        return a;
    }

    /** Parses "2001:db8::1" (also with an embedded dotted quad); throws IllegalArgumentException. */
    public static byte[] parse(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) throw new IllegalArgumentException(s);
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) throw new IllegalArgumentException(s);
        int[] head = new int[10], tail = new int[10];
        int nh = 0, nt = 0;
        String left = dbl >= 0 ? s.substring(0, dbl) : s;
        String right = dbl >= 0 ? s.substring(dbl + 2) : "";
        nh = groups(left, head);
        nt = groups(right, tail);
        int total = nh + nt;
        if (dbl < 0 ? total != 8 : total > 7) throw new IllegalArgumentException(s);
        byte[] a = new byte[16];
        for (int i = 0; i < nh; i++) Bytes.put16(a, 2 * i, head[i]);
        for (int i = 0; i < nt; i++) Bytes.put16(a, 2 * (8 - nt + i), tail[i]);
        return a;
    }

    private static int groups(String s, int[] out) {
        if (s.isEmpty()) return 0;
        String[] p = s.split(":", -1);
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            String g = p[i];
            if (i == p.length - 1 && g.indexOf('.') >= 0) {
                int v4 = Inet4.parse(g);
                out[n++] = (v4 >>> 16) & 0xffff;
                out[n++] = v4 & 0xffff;
                continue;
            }
            if (g.isEmpty() || g.length() > 4) throw new IllegalArgumentException(s);
            int v = 0;
            for (char c : g.toCharArray()) {
                int d = Character.digit(c, 16);
                if (d < 0) throw new IllegalArgumentException(s);
                v = (v << 4) | d;
            }
            if (n >= 8) throw new IllegalArgumentException(s);
            out[n++] = v;
        }
        return n;
    }

    /** RFC 5952 text: lower case, the longest run (2+) of zero groups as "::". */
    public static String format(byte[] a) { return format(a, 0); }

    public static String format(byte[] a, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = Bytes.u16(a, off + 2 * i);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) j++;
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        // inet_ntop: an IPv4-compatible (::a.b.c.d) or IPv4-mapped (::ffff:a.b.c.d) address ends in dotted quad.
        boolean v4Tail = bestStart == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff));
        for (int i = 0; i < 8; i++) {
            if (v4Tail && i == 6) {
                if (sb.charAt(sb.length() - 1) != ':') sb.append(':');
                sb.append(a[off + 12] & 0xff).append('.').append(a[off + 13] & 0xff).append('.')
                        .append(a[off + 14] & 0xff).append('.').append(a[off + 15] & 0xff);
                break;
            }
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }

    public static byte[] read(byte[] b, int off) {
        byte[] a = new byte[16];
        System.arraycopy(b, off, a, 0, 16);
        return a;
    }

    public static void write(byte[] b, int off, byte[] a) { System.arraycopy(a, 0, b, off, 16); }

    public static boolean equals(byte[] a, byte[] b) { return java.util.Arrays.equals(a, b); }

    /** Whether {@code a} lies in {@code prefix}/{@code len}. */
    public static boolean inPrefix(byte[] a, byte[] prefix, int len) {
        int full = len / 8;
        for (int i = 0; i < full; i++) if (a[i] != prefix[i]) return false;
        int rest = len % 8;
        if (rest == 0) return true;
        int mask = (0xff << (8 - rest)) & 0xff;
        return ((a[full] ^ prefix[full]) & mask) == 0;
    }

    /** {@code a} with every bit after the first {@code len} cleared. */
    public static byte[] mask(byte[] a, int len) {
        byte[] m = a.clone();
        for (int i = 0; i < 16; i++) {
            int bits = Math.max(0, Math.min(8, len - 8 * i));
            m[i] &= (byte) ((0xff << (8 - bits)) & 0xff);
        }
        return m;
    }

    /** Bit {@code i} (0 = most significant). */
    public static int bit(byte[] a, int i) { return (a[i >>> 3] >>> (7 - (i & 7))) & 1; }

    public static boolean isAny(byte[] a) { return java.util.Arrays.equals(a, ANY); }
    public static boolean isLoopback(byte[] a) { return java.util.Arrays.equals(a, LOOPBACK); }
    public static boolean isMulticast(byte[] a) { return (a[0] & 0xff) == 0xff; }
    public static boolean isLinkLocal(byte[] a) { return (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80; }

    /** ff02::1:ffXX:XXXX for {@code a} (RFC 4291 2.7.1). */
    public static byte[] solicitedNode(byte[] a) {
        byte[] m = new byte[16];
        m[0] = (byte) 0xff;
        m[1] = 0x02;
        m[11] = 0x01;
        m[12] = (byte) 0xff;
        m[13] = a[13];
        m[14] = a[14];
        m[15] = a[15];
        return m;
    }

    /** Whether {@code group} is {@link #solicitedNode}({@code a}), without making it (a receive-path test). */
    public static boolean isSolicitedNodeOf(byte[] group, byte[] a) {
        if (group[0] != (byte) 0xff || group[1] != 0x02 || group[11] != 0x01 || group[12] != (byte) 0xff) return false;
        for (int i = 2; i < 11; i++) if (group[i] != 0) return false;
        return group[13] == a[13] && group[14] == a[14] && group[15] == a[15];
    }

    /** 33:33 + the low 32 bits of a multicast group (RFC 2464 7). */
    public static long multicastMac(byte[] group) {
        return 0x333300000000L | (Bytes.u32(group, 12) & 0xffffffffL);
    }
}
