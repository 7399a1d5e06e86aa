package linnet.tools.common;

import java.util.Map;

/**
 * getaddrinfo(3) for IPv4 as the tools see it on the oracle machine: inet_aton's numeric forms,
 * then /etc/hosts, then DNS. The emulated machine, like run-kernel's sandbox, has no reachable
 * name server, so a well-formed name that is not in /etc/hosts fails with EAI_AGAIN
 * ("Temporary failure in name resolution"); a name glibc refuses to send (res_hnok: empty
 * labels, characters other than letters, digits, '-' and '_', a leading '-') fails with
 * EAI_NONAME ("Name or service not known") without asking.
 */
public final class Resolver {
    private Resolver() {}

    public static final String EAI_NONAME = "Name or service not known";
    public static final String EAI_AGAIN = "Temporary failure in name resolution";
    public static final String EAI_ADDRFAMILY = "Address family for hostname not supported";

    /** The IPv4 names of a Debian /etc/hosts. */
    private static final Map<String, Integer> HOSTS = Map.of("localhost", 0x7f000001);

    /**
     * A resolved address, or the gai_strerror text of the failure; {@code canonical} is
     * AI_CANONNAME's answer: the name as /etc/hosts spells it, a numeric name as given.
     */
    public record Result(int address, String error, boolean numeric, String canonical) {
        public boolean ok() { return error == null; }
    }

    public static Result resolve4(String name) {
        Integer n = inetAton(name);
        if (n != null) return new Result(n, null, true, name);
        String key = name.toLowerCase(java.util.Locale.ROOT);
        Integer h = HOSTS.get(key);
        if (h != null) return new Result(h, null, false, key);
        return new Result(0, hostnameOk(name) ? EAI_AGAIN : EAI_NONAME, false, null);
    }

    /** The /etc/hosts name of an address, for tools that print "NAME (ADDR)"; null when none. */
    public static String hostsName(int address) {
        for (var e : HOSTS.entrySet()) if (e.getValue() == address) return e.getKey();
        return null;
    }

    /**
     * inet_aton: one to four parts separated by dots, each decimal, 0-octal or 0x-hex; the last
     * part fills the remaining bytes ("127.1" is 127.0.0.1). Null when not numeric.
     */
    public static Integer inetAton(String s) {
        if (s.isEmpty()) return null;
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) return null;
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int radix = 10;
            if (p.startsWith("0x") || p.startsWith("0X")) { radix = 16; p = p.substring(2); }
            else if (p.length() > 1 && p.startsWith("0")) { radix = 8; p = p.substring(1); }
            if (p.isEmpty()) {
                if (radix != 16) return null;
                v[i] = 0; // "0x" alone is 0 for inet_aton's strtoul
                continue;
            }
            if (p.length() > 11) return null;
            for (char c : p.toCharArray()) if (Character.digit(c, radix) < 0) return null;
            v[i] = Long.parseLong(p, radix);
        }
        long addr = 0;
        int last = v.length - 1;
        for (int i = 0; i < last; i++) {
            if (v[i] > 0xff) return null;
            addr |= v[i] << (24 - 8 * i);
        }
        long max = last == 0 ? 0xffffffffL : (1L << (8 * (4 - last))) - 1;
        if (v[last] > max) return null;
        return (int) (addr | v[last]);
    }

    /** glibc's res_hnok: printable, labels of letters/digits/'-'/'_', no empty label, no leading '-'. */
    public static boolean hostnameOk(String name) {
        if (name.isEmpty() || name.startsWith("-")) return false;
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (n.isEmpty()) return false;
        for (String label : n.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) return false;
            for (char c : label.toCharArray()) {
                if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) return false;
            }
        }
        return true;
    }
}
