package linnet.tools.iptables;

/** xtables_parse_interface: a device name, a trailing '+' for a prefix; at most 15 characters. */
final class Iface {
    private Iface() {}

    static String parse(String arg) {
        if (arg.length() >= 16)
            throw IptError.param("interface name `" + arg + "' must be shorter than IFNAMSIZ (15)");
        return arg;
    }
}
