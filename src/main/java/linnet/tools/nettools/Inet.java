package linnet.tools.nettools;

/**
 * Address parsing as net-tools' lib/inet.c does it: inet_aton forms, the "/prefix" suffix
 * (INET_getnetmask), and the resolver's complaint for anything else (herror wording).
 */
final class Inet {
    private Inet() {}

    /** inet_aton: 1 to 4 parts, each decimal, 0x-hex or 0-octal; the last part fills the rest. */
    static Integer aton(String s) {
        if (s.isEmpty()) return null;
        String[] p = s.split("\\.", -1);
        if (p.length > 4) return null;
        long[] v = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            Long x = strtoul(p[i]);
            if (x == null) return null;
            v[i] = x;
        }
        long addr = 0;
        int n = p.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) return null;
            addr |= v[i] << (24 - 8 * i);
        }
        long maxLast = 0xffffffffL >>> (8 * (n - 1));
        if (v[n - 1] > maxLast) return null;
        return (int) (addr | v[n - 1]);
    }

    /** INET_resolve for hosts: an inet_aton address, or a name from /etc/hosts. */
    static Integer resolve(String s) {
        if (s.equals("localhost")) return 0x7f000001;
        return aton(s);
    }

    private static Long strtoul(String s) {
        if (s.isEmpty()) return null;
        int radix = 10;
        String d = s;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            radix = 16;
            d = s.substring(2);
            if (d.isEmpty()) return 0L;
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            d = s.substring(1);
        }
        try {
            long x = Long.parseLong(d, radix);
            return x < 0 || x > 0xffffffffL ? null : x;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * INET_getnetmask: the mask of a "/N" suffix, or null without one. C's shift by N is taken
     * modulo 32 on x86, and Java's >>> does the same, so "/33" gives 128.0.0.0 as on Linux.
     */
    static Integer prefixMask(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) return null;
        Long n = strtoul(s.substring(slash + 1));
        if (n == null) throw new IllegalArgumentException();
        return ~(0xffffffff >>> n.intValue());
    }

    /** The part before a "/N" suffix. */
    static String host(String s) {
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }

    /**
     * What herror() prints when a name is not an address: numeric-looking or malformed names are
     * HOST_NOT_FOUND, well-formed host names fail on the sandbox's unreachable resolver.
     */
    static String lookupError(String name) {
        boolean hostname = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.')
                && name.chars().anyMatch(Character::isLetter);
        return name + ": " + (hostname ? "Host name lookup failure" : "Unknown host");
    }
}
