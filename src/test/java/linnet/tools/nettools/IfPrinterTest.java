package linnet.tools.nettools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IfPrinterTest {
    @Test
    void byteCountsUseBinaryUnitsWithTruncatedTenths() {
        assertEquals("(0.0 B)", IfPrinter.bytes(0));
        assertEquals("(238.0 B)", IfPrinter.bytes(238));
        // The switch is "more than 1024", so 1024 itself stays in bytes.
        assertEquals("(1024.0 B)", IfPrinter.bytes(1024));
        assertEquals("(1.0 KiB)", IfPrinter.bytes(1025));
        // Recorded on Linux: 5320 bytes on lo after 40 UDP datagrams.
        assertEquals("(5.1 KiB)", IfPrinter.bytes(5320));
        assertEquals("(36.2 KiB)", IfPrinter.bytes(37160));
        assertEquals("(73.1 MiB)", IfPrinter.bytes(76739824));
        assertEquals("(1.0 GiB)", IfPrinter.bytes((1L << 30) + 1));
    }

    @Test
    void flagsInNetToolsOrder() {
        assertEquals("flags=4163<UP,BROADCAST,RUNNING,MULTICAST>", IfPrinter.flags(4163));
        assertEquals("flags=73<UP,LOOPBACK,RUNNING>", IfPrinter.flags(73));
        assertEquals("flags=8<LOOPBACK>", IfPrinter.flags(8));
        assertEquals("flags=4098<BROADCAST,MULTICAST>", IfPrinter.flags(4098));
        // SLAVE (0x800) is printed before MASTER (0x400).
        assertEquals("flags=3072<SLAVE,MASTER>", IfPrinter.flags(0xc00));
    }

    @Test
    void ipv6IsCompressedLikeInetNtop() {
        byte[] ll = new byte[16];
        ll[0] = (byte) 0xfe;
        ll[1] = (byte) 0x80;
        ll[11] = (byte) 0xff;
        ll[12] = (byte) 0xfe;
        ll[15] = 1;
        assertEquals("fe80::ff:fe00:1", IfPrinter.ipv6(ll));
        byte[] one = new byte[16];
        one[15] = 1;
        assertEquals("::1", IfPrinter.ipv6(one));
        assertEquals(0x20, IfPrinter.ipv6Scope(253));
    }

    @Test
    void shortTableAndPointopoint() {
        linnet.shell.ScriptRunner r = new linnet.shell.ScriptRunner(new linnet.lab.Lab(1, linnet.lab.Lab.Profile.BARE));
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.PrintStream p = new java.io.PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8);
        r.runLine("ip tuntap add dev tn0 mode tun", p, p);
        r.runLine("ifconfig tn0 10.9.0.1 pointopoint 10.9.0.2", p, p);
        r.runLine("ifconfig -s tn0", p, p);
        r.runLine("ip -o -4 addr show tn0", p, p);
        String out = b.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(out.startsWith(IfPrinter.SHORT_HEADER
                + "tn0              1500        0      0      0 0             0      0      0      0 MOPU\n"), out);
        org.junit.jupiter.api.Assertions.assertTrue(out.contains("inet 10.9.0.1 peer 10.9.0.2/32"), out);
    }
}
