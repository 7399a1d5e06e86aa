package linnet.wire;

/** 48-bit MAC addresses held in the low bits of a {@code long} so they never need boxing. */
public final class Mac {
    private Mac() {}

    public static final long BROADCAST = 0xffff_ffff_ffffL;

    /** Parses "aa:bb:cc:dd:ee:ff"; groups may be 1 or 2 hex digits, as ip(8) accepts. */
    public static long parse(String s) {
        if (s == null) throw new IllegalArgumentException("null MAC address");
        long mac = 0;
        int i = 0, n = s.length();
        for (int group = 0; group < 6; group++) {
            if (group > 0) {
                if (i >= n || s.charAt(i) != ':') throw bad(s);
                i++;
            }
            int start = i, v = 0;
            while (i < n && i - start < 2 && hex(s.charAt(i)) >= 0) {
                v = v << 4 | hex(s.charAt(i));
                i++;
            }
            if (i == start) throw bad(s);
            mac = mac << 8 | v;
        }
        if (i != n) throw bad(s);
        return mac;
    }

    /** Lower-case, zero-padded, colon separated: the form ip(8) prints. */
    public static String format(long mac) {
        char[] c = new char[17];
        for (int i = 0; i < 6; i++) {
            int v = (int) (mac >>> (40 - 8 * i)) & 0xff;
            c[i * 3] = HEX[v >>> 4];
            c[i * 3 + 1] = HEX[v & 0xf];
            if (i < 5) c[i * 3 + 2] = ':';
        }
        return new String(c);
    }

    public static long read(byte[] b, int off) {
        return Bytes.u48(b, off);
    }

    public static void write(byte[] b, int off, long mac) {
        Bytes.put48(b, off, mac);
    }

    /** The I/G bit is the least significant bit of the first octet (it goes out first on the wire). */
    public static boolean isMulticast(long mac) {
        return (mac & 0x0100_0000_0000L) != 0;
    }

    public static boolean isBroadcast(long mac) {
        return (mac & BROADCAST) == BROADCAST;
    }

    public static boolean isZero(long mac) {
        return (mac & BROADCAST) == 0;
    }

    /** What the kernel's is_valid_ether_addr() accepts for an interface address. */
    public static boolean isValidUnicast(long mac) {
        return !isMulticast(mac) && !isZero(mac);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // ASCII only: Character.digit would also accept full-width and other Unicode digits.
    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static IllegalArgumentException bad(String s) {
        return new IllegalArgumentException("invalid MAC address: \"" + s + "\"");
    }
}
