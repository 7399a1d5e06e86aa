package linnet.wire;

/** IPv4 addresses as {@code int}, first octet in the most significant byte. */
public final class Inet4 {
    private Inet4() {}

    /**
     * Strict dotted quad: exactly four decimal octets 0..255. Leading zeros are rejected because
     * inet_aton(3) would read them as octal, so "010" is ambiguous between tools.
     */
    public static int parse(String s) {
        if (s == null) throw new IllegalArgumentException("null IPv4 address");
        int addr = 0, i = 0, n = s.length();
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= n || s.charAt(i) != '.') throw bad(s);
                i++;
            }
            int start = i, v = 0;
            while (i < n && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || v > 255 || (digits > 1 && s.charAt(start) == '0')) throw bad(s);
            addr = addr << 8 | v;
        }
        if (i != n) throw bad(s);
        return addr;
    }

    public static String format(int addr) {
        return (addr >>> 24) + "." + (addr >>> 16 & 0xff) + "." + (addr >>> 8 & 0xff) + "." + (addr & 0xff);
    }

    public static int read(byte[] b, int off) {
        return Bytes.u32(b, off);
    }

    public static void write(byte[] b, int off, int addr) {
        Bytes.put32(b, off, addr);
    }

    /** Netmask for a prefix length; special-cased because Java shifts are mod 32. */
    public static int mask(int prefixLen) {
        if (prefixLen < 0 || prefixLen > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLen);
        }
        return prefixLen == 0 ? 0 : -1 << (32 - prefixLen);
    }

    /** Prefix length of a netmask, or -1 if its one bits are not contiguous from the top. */
    public static int prefixLen(int mask) {
        int host = ~mask;
        // host part must be of the form 0...01...1, i.e. host+1 is a power of two (or 0).
        return (host & (host + 1)) == 0 ? Integer.bitCount(mask) : -1;
    }

    public static boolean inPrefix(int addr, int prefix, int len) {
        return ((addr ^ prefix) & mask(len)) == 0;
    }

    /** 224.0.0.0/4 */
    public static boolean isMulticast(int addr) {
        return (addr & 0xf000_0000) == 0xe000_0000;
    }

    /** 127.0.0.0/8 */
    public static boolean isLoopback(int addr) {
        return addr >>> 24 == 127;
    }

    /** 0.0.0.0/8, as the kernel's ipv4_is_zeronet() */
    public static boolean isZeronet(int addr) {
        return addr >>> 24 == 0;
    }

    /** 255.255.255.255 */
    public static boolean isLimitedBroadcast(int addr) {
        return addr == -1;
    }

    private static IllegalArgumentException bad(String s) {
        return new IllegalArgumentException("invalid IPv4 address: \"" + s + "\"");
    }
}
