package linnet.tools.iptables;

import java.util.Locale;

/**
 * The name tables iptables consults: protocols (xtables_chain_protos, then /etc/protocols),
 * services (/etc/services for port names), and the numeric address and mask forms.
 */
final class Names {
    private Names() {}

    /** xtables_chain_protos: the names iptables itself knows, in its order. */
    private static final Object[][] CHAIN_PROTOS = {{"tcp", 6}, {"sctp", 132}, {"udp", 17}, {"udplite", 136},
        {"icmp", 1}, {"ipv6-icmp", 58}, {"icmpv6", 58}, {"esp", 50}, {"ah", 51}, {"mh", 135}, {"all", 0}};
    private static final Object[][] ETC_PROTOCOLS = linnet.tools.common.Protocols.ETC_PROTOCOLS;

    /** xtables_parse_protocol: a number 0..255, "all", or a name; lower-cased first. */
    static int parseProtocol(String s) {
        Integer n = parseUInt(s, 0, 255);
        if (n != null) return n;
        String l = s.toLowerCase(Locale.ROOT);
        for (Object[] p : ETC_PROTOCOLS) if (p[0].equals(l)) return (Integer) p[1];
        for (Object[] p : CHAIN_PROTOS) if (p[0].equals(l)) return (Integer) p[1];
        throw IptError.param("unknown protocol \"" + s + "\" specified");
    }

    /** proto_to_name(proto, 0): iptables' own names first, then /etc/protocols; null if none. */
    static String protoName(int proto) {
        for (Object[] p : CHAIN_PROTOS) if ((Integer) p[1] == proto) return (String) p[0];
        for (Object[] p : ETC_PROTOCOLS) if ((Integer) p[1] == proto && proto != 0) return (String) p[0];
        return null;
    }

    /** getservbyname(name, proto) over /etc/services. */
    static Integer serviceByName(String name, String proto) { return linnet.tools.common.Services.port(name, proto); }

    /** getservbyport(port, proto), or null. */
    static String serviceByPort(int port, String proto) { return linnet.tools.common.Services.name(port, proto); }

    /** xtables_parse_port: a number 0..65535 or a service name of {@code proto}. */
    static int parsePort(String s, String proto) {
        Integer n = parseUInt(s, 0, 65535);
        if (n != null) return n;
        Integer p = serviceByName(s, proto);
        if (p != null) return p;
        throw IptError.param("invalid port/service `" + s + "' specified");
    }

    /** strtoui-style: decimal (also 0x hex and 0 octal, as strtoul base 0 would) within [min, max], else null. */
    static Integer parseUInt(String s, long min, long max) {
        if (s.isEmpty()) return null;
        try {
            long v;
            if (s.startsWith("0x") || s.startsWith("0X")) v = Long.parseLong(s.substring(2), 16);
            else if (s.length() > 1 && s.startsWith("0")) v = Long.parseLong(s.substring(1), 8);
            else {
                for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return null;
                v = Long.parseLong(s);
            }
            if (v < min || v > max) return null;
            return (int) v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dotted quad to int, or null (xtables_numeric_to_ipaddr). */
    static Integer dotted(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) return null;
        int v = 0;
        for (String x : p) {
            if (x.isEmpty() || x.length() > 3) return null;
            for (int i = 0; i < x.length(); i++) if (!Character.isDigit(x.charAt(i))) return null;
            int n = Integer.parseInt(x);
            if (n > 255) return null;
            v = (v << 8) | n;
        }
        return v;
    }

    /**
     * __numeric_to_ipaddr's autocompletion of a network address: fewer than four parts, each an
     * unsigned byte in C's bases ("10", "192.168", "0x0a"), the missing bytes zero ("0/0" is any).
     */
    static Integer network(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length > 4 || s.isEmpty()) return null;
        int v = 0;
        for (String x : p) {
            Integer n = cByte(x);
            if (n == null) return null;
            v = (v << 8) | n;
        }
        return v << (8 * (4 - p.length));
    }

    /** strtoul(x, 0) of a whole string into 0..255, or null. */
    private static Integer cByte(String x) {
        int radix = 10;
        String d = x;
        if (d.startsWith("0x") || d.startsWith("0X")) { radix = 16; d = d.substring(2); }
        else if (d.length() > 1 && d.startsWith("0")) { radix = 8; d = d.substring(1); }
        if (d.isEmpty() || d.length() > 8) return null;
        for (char c : d.toCharArray()) if (Character.digit(c, radix) < 0) return null;
        int n = Integer.parseInt(d, radix);
        return n > 255 ? null : n;
    }

    static String dotted(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    static int prefixMask(int len) { return len == 0 ? 0 : (int) (0xffffffffL << (32 - len)); }

    /** A mask as a prefix length when contiguous, else dotted (xtables_ipmask_to_numeric without '/'). */
    static String maskText(int mask) {
        int len = Integer.bitCount(mask);
        if (prefixMask(len) == mask) return Integer.toString(len);
        return dotted(mask);
    }

    /** xtables_ipparse_any for one address: "ADDR[/MASK]" → {addr &amp; mask, mask}. */
    static int[] parseAddrMask(String s) {
        String a = s, m = null;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            a = s.substring(0, slash);
            m = s.substring(slash + 1);
        }
        int mask = -1;
        if (m != null) {
            Integer d = dotted(m);
            if (d != null) mask = d;
            else {
                Integer len = parseUInt(m, 0, 32);
                if (len == null) throw IptError.param("invalid mask `" + m + "' specified");
                mask = prefixMask(len);
            }
        }
        Integer addr = dotted(a);
        if (addr == null) addr = network(a);
        // not numeric for xtables: the resolver's getaddrinfo, whose inet_aton takes "256" as 0.0.1.0
        if (addr == null && !a.isEmpty()) addr = linnet.tools.common.Resolver.inetAton(a);
        if (addr == null) {
            if (a.equals("localhost")) addr = 0x7f000001;
            else if (a.equals("anywhere") || a.isEmpty()) addr = 0;
            else if (a.equals("loopback")) addr = 0x7f000000; // ipparse_hostnetwork: /etc/networks names
            else if (a.equals("link-local")) addr = 0xa9fe0000;
            else if (a.equals("default")) addr = 0;
            else throw IptError.param("host/network `" + a + "' not found");
        }
        return new int[] {addr & mask, mask};
    }

    /**
     * xtables_ipaddr_to_anyname: a host name when /etc/hosts knows one, else a network name from
     * /etc/networks (getnetbyaddr), else the dotted quad.
     */
    static String hostName(int addr) {
        if (addr == 0x7f000001) return "localhost";
        String net = networkName(addr);
        return net != null ? net : dotted(addr);
    }

    /** The oracle's /etc/networks (Debian netbase): default, loopback, link-local. */
    private static String networkName(int addr) {
        return switch (addr) {
            case 0 -> "default";
            case 0x7f000000 -> "loopback";
            case 0xa9fe0000 -> "link-local";
            default -> null;
        };
    }
}
