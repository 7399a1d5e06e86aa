package linnet.tools.nettools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.ipv4.FibRoute;
import org.junit.jupiter.api.Test;

class RouteToolTest {
    @Test
    void gatewayRow() {
        assertEquals("10.2.0.0        10.1.1.1        255.255.0.0     UG    5      0        0 veth0\n",
                RouteTool.line(0x0a020000, 16, 0x0a010101, FibRoute.RTN_UNICAST, 5, "veth0", true));
    }

    @Test
    void rejectRowsShowDashes() {
        assertEquals("10.9.9.9        -               255.255.255.255 !H    0      -        0 -\n",
                RouteTool.line(0x0a090909, 32, 0, FibRoute.RTN_UNREACHABLE, 0, null, true));
        // A blackhole is not RTF_REJECT: plain U without a device.
        assertEquals("192.0.2.0       0.0.0.0         255.255.255.0   U     0      0        0 *\n",
                RouteTool.line(0xc0000200, 24, 0, FibRoute.RTN_BLACKHOLE, 0, null, true));
    }

    @Test
    void defaultIsNamedUnlessNumeric() {
        assertEquals("default         10.1.1.1        0.0.0.0         UG    0      0        0 veth0\n",
                RouteTool.line(0, 0, 0x0a010101, FibRoute.RTN_UNICAST, 0, "veth0", false));
    }

    @Test
    void atoiStopsAtTheFirstNonDigit() {
        assertEquals(12, RouteTool.atoi("12x"));
        assertEquals(0, RouteTool.atoi("x"));
    }

    private static String run(linnet.shell.ScriptRunner r, String line) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.PrintStream p = new java.io.PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return b.toString(java.nio.charset.StandardCharsets.UTF_8) + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    @Test
    void cacheFamilyAndUnknownGateway() {
        linnet.shell.ScriptRunner r = new linnet.shell.ScriptRunner(new linnet.lab.Lab(1, linnet.lab.Lab.Profile.BARE));
        assertEquals("Kernel IP routing cache\nSource          Destination     Gateway         Flags Metric Ref    Use Iface\n",
                run(r, "route -C -n"));
        assertEquals("Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n",
                run(r, "route -n -A inet"));
        // route's lookups say HOST_NOT_FOUND for any name, dotted or not.
        assertEquals("y: Unknown host\n[exit 6]\n", run(r, "route add -net 10.38.0.0/16 gw y"));
        assertEquals("no.such.host: Unknown host\n[exit 6]\n", run(r, "route add -net 10.38.0.0/16 gw no.such.host"));
    }
}
