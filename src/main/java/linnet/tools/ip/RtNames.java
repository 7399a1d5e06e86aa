package linnet.tools.ip;

/**
 * iproute2's lib/rt_names.c with Debian 12's /etc/iproute2 files and /etc/protocols: table,
 * routing-protocol, dsfield and IP protocol names both ways (a2n returns null when invalid).
 */
final class RtNames {
    private RtNames() {}

    /** rtnl_rttable_n2a: the names in rt_tables, else the number (unsigned). */
    static String table(int id) {
        return switch (id) {
            case 0 -> "unspec";
            case 253 -> "default";
            case 254 -> "main";
            case 255 -> "local";
            default -> Integer.toUnsignedString(id);
        };
    }

    /** rtnl_rttable_a2n: a name from rt_tables or an unsigned number (strtoul base 0). */
    static Long tableId(String s) {
        return switch (s) {
            case "unspec" -> 0L;
            case "default" -> 253L;
            case "main" -> 254L;
            case "local" -> 255L;
            default -> IpRoute.unsigned(s);
        };
    }

    private static final String[] PROTOS = new String[256];

    static {
        String[][] t = {{"0", "unspec"}, {"1", "redirect"}, {"2", "kernel"}, {"3", "boot"}, {"4", "static"},
            {"8", "gated"}, {"9", "ra"}, {"10", "mrt"}, {"11", "zebra"}, {"12", "bird"}, {"13", "dnrouted"},
            {"14", "xorp"}, {"15", "ntk"}, {"16", "dhcp"}, {"18", "keepalived"}, {"42", "babel"}, {"99", "openr"},
            {"186", "bgp"}, {"187", "isis"}, {"188", "ospf"}, {"189", "rip"}, {"192", "eigrp"}};
        for (String[] e : t) PROTOS[Integer.parseInt(e[0])] = e[1];
    }

    /** rtnl_rtprot_n2a. */
    static String proto(int p) { return p >= 0 && p < 256 && PROTOS[p] != null ? PROTOS[p] : Integer.toString(p); }

    /** rtnl_rtprot_a2n: a name or a number up to 255. */
    static Integer protoId(String s) {
        for (int i = 0; i < 256; i++) if (s.equals(PROTOS[i])) return i;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** rtnl_dsfield_a2n: a name from rt_dsfield or a hex number up to 255. */
    static Integer dsfield(String s) {
        if (s.equals("default")) return 0;
        try {
            String h = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
            if (h.isEmpty()) return null;
            int v = Integer.parseInt(h, 16);
            return v > 255 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** rtnl_dsfield_n2a. */
    static String dsfieldName(int v) { return v == 0 ? "default" : String.format("0x%02x", v); }

    private static final String[][] IP_PROTOS = {{"0", "ip"}, {"1", "icmp"}, {"2", "igmp"}, {"4", "ipencap"},
        {"6", "tcp"}, {"8", "egp"}, {"12", "pup"}, {"17", "udp"}, {"22", "idp"}, {"29", "iso-tp4"}, {"33", "dccp"},
        {"41", "ipv6"}, {"43", "ipv6-route"}, {"44", "ipv6-frag"}, {"46", "rsvp"}, {"47", "gre"}, {"50", "esp"},
        {"51", "ah"}, {"58", "ipv6-icmp"}, {"59", "ipv6-nonxt"}, {"60", "ipv6-opts"}, {"94", "ipip"},
        {"98", "encap"}, {"103", "pim"}, {"108", "ipcomp"}, {"112", "vrrp"}, {"115", "l2tp"}, {"132", "sctp"},
        {"136", "udplite"}, {"137", "mpls-in-ip"}, {"143", "ethernet"}, {"262", "mptcp"}};

    /** inet_proto_a2n: a name from /etc/protocols or a number up to 255; null when invalid. */
    static Integer ipProto(String s) {
        for (String[] e : IP_PROTOS) if (e[1].equalsIgnoreCase(s) && Integer.parseInt(e[0]) < 256) return Integer.parseInt(e[0]);
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** inet_proto_n2a. */
    static String ipProtoName(int p) {
        for (String[] e : IP_PROTOS) if (Integer.parseInt(e[0]) == p) return e[1];
        return Integer.toString(p);
    }

    /** rtnl_rtntype_a2n: route type names (most may be abbreviated, in this order), or a number. */
    static Integer rtnType(String s) {
        if (s.equals("local")) return 2;
        if (s.equals("nat")) return 10;
        if (linnet.tools.common.Args.matches(s, "broadcast") || s.equals("brd")) return 3;
        String[] names = {"anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve", "unicast"};
        int[] ids = {4, 5, 8, 7, 6, 11, 1};
        for (int i = 0; i < names.length; i++) if (linnet.tools.common.Args.matches(s, names[i])) return ids[i];
        if (s.equals("throw")) return 9;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** rtnl_rtntype_n2a. */
    static String rtnTypeName(int t) { return t >= 0 && t < IpRoute.TYPES.length ? IpRoute.TYPES[t] : Integer.toString(t); }
}
