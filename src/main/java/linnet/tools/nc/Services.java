package linnet.tools.nc;

/** getservbyport(3) as nc uses it for "port [tcp/NAME]": the machine's /etc/services. */
final class Services {
    private Services() {}

    static String byPort(int port, boolean udp) { return linnet.tools.common.Services.name(port, udp ? "udp" : "tcp"); }
}
