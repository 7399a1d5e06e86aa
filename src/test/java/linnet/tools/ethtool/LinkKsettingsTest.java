package linnet.tools.ethtool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * One per-driver get_link_ksettings feeds ethtool, sysfs speed/duplex and the bridge port cost;
 * every expected text here was recorded on the oracle kernel (6.18, ethtool 6.1).
 */
class LinkKsettingsTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static final String NOT_REPORTED = """
            \tSupported ports: [  ]
            \tSupported link modes:   Not reported
            \tSupported pause frame use: No
            \tSupports auto-negotiation: No
            \tSupported FEC modes: Not reported
            \tAdvertised link modes:  Not reported
            \tAdvertised pause frame use: No
            \tAdvertised auto-negotiation: No
            \tAdvertised FEC modes: Not reported
            """;

    private static final String TP_10G = NOT_REPORTED + """
            \tSpeed: 10000Mb/s
            \tDuplex: Full
            \tAuto-negotiation: off
            \tPort: Twisted Pair
            \tPHYAD: 0
            \tTransceiver: internal
            \tMDI-X: Unknown
            """;

    private static ScriptRunner lab() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add v0 type veth peer name v1", "ip tuntap add dev tap0 mode tap",
                "ip tuntap add dev tun0 mode tun", "ip link add br0 type bridge", "ip link set tap0 master br0",
                "ip link set v0 master br0", "ip link set tap0 up", "ip link set v0 up", "ip link set v1 up",
                "ip link set br0 up", "ip link set tun0 up"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    @Test
    void tunAndTapPrintSettingsAndMessageLevel() {
        ScriptRunner r = lab();
        String msg = "        Current message level: 0x00000000 (0)\n" + " ".repeat(30) + "\n";
        assertEquals("Settings for tap0:\n" + TP_10G + msg + "\tLink detected: no\n", run(r, "ethtool tap0"));
        assertEquals("Settings for tun0:\n" + TP_10G + msg + "\tLink detected: no\n", run(r, "ethtool tun0"));
        assertEquals("Settings for v0:\n" + TP_10G + "\tLink detected: yes\n", run(r, "ethtool v0"));
        assertEquals("Settings for lo:\n\tLink detected: yes\n", run(r, "ethtool lo"));
    }

    @Test
    void bridgeTakesTheFastestRunningPort() {
        ScriptRunner r = lab();
        assertEquals("Settings for br0:\n" + NOT_REPORTED + """
                \tSpeed: 10000Mb/s
                \tDuplex: Unknown! (255)
                \tAuto-negotiation: off
                \tPort: Other
                \tPHYAD: 0
                \tTransceiver: internal
                \tLink detected: yes
                """, run(r, "ethtool br0"));
        assertEquals("10000\n", run(r, "cat /sys/class/net/br0/speed"));
        assertEquals("unknown\n", run(r, "cat /sys/class/net/br0/duplex"));
    }

    @Test
    void sysfsNeedsARunningDeviceButNoCarrier() {
        ScriptRunner r = lab();
        assertEquals("10000\n", run(r, "cat /sys/class/net/tap0/speed"));
        assertEquals("full\n", run(r, "cat /sys/class/net/tun0/duplex"));
        assertEquals("cat: /sys/class/net/lo/speed: Invalid argument\n", run(r, "cat /sys/class/net/lo/speed"));
        run(r, "ip link set v1 down");
        assertEquals("10000\n", run(r, "cat /sys/class/net/v0/speed"));
        run(r, "ip link set tap0 down");
        assertEquals("cat: /sys/class/net/tap0/duplex: Invalid argument\n", run(r, "cat /sys/class/net/tap0/duplex"));
    }

    @Test
    void tapPortCostComesFromItsSpeed() {
        ScriptRunner r = lab();
        assertEquals("2\n", run(r, "cat /sys/class/net/tap0/brport/path_cost"));
        assertEquals("2\n", run(r, "cat /sys/class/net/v0/brport/path_cost"));
    }

    @Test
    void bridgeWithoutARunningPortHasNoSpeed() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run(r, "ip link add br0 type bridge");
        run(r, "ip link set br0 up");
        assertEquals("-1\n", run(r, "cat /sys/class/net/br0/speed"));
        assertEquals("unknown\n", run(r, "cat /sys/class/net/br0/duplex"));
        assertEquals(true, run(r, "ethtool br0").contains("\tSpeed: Unknown!\n\tDuplex: Unknown! (255)\n"));
        run(r, "ip link add v0 type veth peer name v1");
        run(r, "ip link set v0 master br0");
        run(r, "ip link set v0 up");
        // v0 is not oper-up until its peer is: br_get_link_ksettings skips it.
        assertEquals("-1\n", run(r, "cat /sys/class/net/br0/speed"));
        run(r, "ip link set v1 up");
        assertEquals("10000\n", run(r, "cat /sys/class/net/br0/speed"));
    }

    @Test
    void driverInfoChannelsAndMissingOps() {
        ScriptRunner r = lab();
        assertEquals("Cannot get driver information: Operation not supported\n", run(r, "ethtool -i lo"));
        assertEquals("driver: bridge\nversion: 2.3\nfirmware-version: N/A\nexpansion-rom-version: \nbus-info: N/A\n"
                + "supports-statistics: no\nsupports-test: no\nsupports-eeprom-access: no\nsupports-register-dump: no\n"
                + "supports-priv-flags: no\n", run(r, "ethtool -i br0"));
        assertEquals("Channel parameters for v0:\nPre-set maximums:\nRX:\t\t2\nTX:\t\t2\nOther:\t\tn/a\nCombined:\tn/a\n"
                + "Current hardware settings:\nRX:\t\t1\nTX:\t\t1\nOther:\t\tn/a\nCombined:\tn/a\n", run(r, "ethtool -l v0"));
        assertEquals("netlink error: Operation not supported\n", run(r, "ethtool -g v0"));
        assertEquals("netlink error: Operation not supported\n", run(r, "ethtool -l br0"));
        assertEquals("Permanent address: not set\n", run(r, "ethtool -P v0"));
        assertEquals("netlink error: no device matches name (offset 24)\nnetlink error: No such device\n".repeat(5)
                + "No data available\n", run(r, "ethtool nosuch"));
    }
}
