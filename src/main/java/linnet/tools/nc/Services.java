package linnet.tools.nc;

import java.util.Map;

/** getservbyport(3) over the entries of Debian's /etc/services (netbase) that tutorials meet. */
final class Services {
    private Services() {}

    private static final Map<Integer, String> TCP = Map.ofEntries(
            Map.entry(7, "echo"), Map.entry(9, "discard"), Map.entry(13, "daytime"), Map.entry(21, "ftp"),
            Map.entry(22, "ssh"), Map.entry(23, "telnet"), Map.entry(25, "smtp"), Map.entry(53, "domain"),
            Map.entry(80, "http"), Map.entry(110, "pop3"), Map.entry(143, "imap2"), Map.entry(179, "bgp"),
            Map.entry(443, "https"), Map.entry(993, "imaps"), Map.entry(995, "pop3s"), Map.entry(3306, "mysql"),
            Map.entry(5432, "postgresql"), Map.entry(6379, "redis"), Map.entry(8080, "http-alt"));
    private static final Map<Integer, String> UDP = Map.ofEntries(
            Map.entry(7, "echo"), Map.entry(9, "discard"), Map.entry(53, "domain"), Map.entry(67, "bootps"),
            Map.entry(68, "bootpc"), Map.entry(69, "tftp"), Map.entry(123, "ntp"), Map.entry(161, "snmp"),
            Map.entry(443, "https"), Map.entry(514, "syslog"));

    static String byPort(int port, boolean udp) { return (udp ? UDP : TCP).get(port); }
}
