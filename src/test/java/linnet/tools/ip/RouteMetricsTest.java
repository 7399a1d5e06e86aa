package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * Route metrics (window, rtt, rttvar, ssthresh, cwnd, advmss, initcwnd, initrwnd, locks) as `ip route`,
 * `ip -d route`, `ip route get`, `route -e`/`-ee` and /proc/net/route show them; recorded on the oracle kernel
 * (run-kernel; the "[exit N]" lines are the transcript's exit markers).
 */
class RouteMetricsTest {
    private static final String[][] TRANSCRIPT = {
            {"ip link add d0 type veth peer name d1",
             ""},
            {"ip link set d1 up",
             ""},
            {"ip link set d0 up",
             ""},
            {"ip addr add 10.0.0.1/24 dev d0",
             ""},
            {"ip route add 10.1.0.0/16 via 10.0.0.2 window 8192 rtt 100 rttvar 50 ssthresh 10 cwnd 20 advmss 1400 initcwnd 15",
             ""},
            {"ip route add 10.2.0.0/16 dev d0 mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000",
             ""},
            {"ip route add 10.3.0.0/16 dev d0 rtt 1.5s initrwnd 7 mtu lock 1200 window 65535 rtt 0 ",
             ""},
            {"ip route add 10.4.0.0/16 dev d0 rtt 12ms rttvar 3 ",
             ""},
            {"ip route add 10.5.0.0/16 dev d0 window lock 100 cwnd lock 3 ssthresh lock 4 advmss lock 500 rtt lock 1000 rttvar lock 30 initcwnd lock 2 initrwnd lock 3",
             ""},
            {"ip route",
             "10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 \n10.1.0.0/16 via 10.0.0.2 dev d0 window 8192 rtt 12ms rttvar 12ms ssthresh 10 cwnd 20 advmss 1400 initcwnd 15 \n10.2.0.0/16 dev d0 scope link mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000 \n10.3.0.0/16 dev d0 scope link mtu lock 1200 window 65535 initrwnd 7 \n10.4.0.0/16 dev d0 scope link rtt 12ms rttvar 0ms \n10.5.0.0/16 dev d0 scope link window lock 100 rtt lock 125ms rttvar lock 7ms ssthresh lock 4 cwnd lock 3 advmss lock 500 initcwnd lock 2 initrwnd lock 3 \n"},
            {"ip -d route",
             "unicast 10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 \nunicast 10.1.0.0/16 via 10.0.0.2 dev d0 proto boot scope global window 8192 rtt 12ms rttvar 12ms ssthresh 10 cwnd 20 advmss 1400 initcwnd 15 \nunicast 10.2.0.0/16 dev d0 proto boot scope link mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000 \nunicast 10.3.0.0/16 dev d0 proto boot scope link mtu lock 1200 window 65535 initrwnd 7 \nunicast 10.4.0.0/16 dev d0 proto boot scope link rtt 12ms rttvar 0ms \nunicast 10.5.0.0/16 dev d0 proto boot scope link window lock 100 rtt lock 125ms rttvar lock 7ms ssthresh lock 4 cwnd lock 3 advmss lock 500 initcwnd lock 2 initrwnd lock 3 \n"},
            {"ip route get 10.1.2.3",
             "10.1.2.3 via 10.0.0.2 dev d0 src 10.0.0.1 uid 0 \n    cache window 8192 rtt 12ms rttvar 12ms ssthresh 10 cwnd 20 advmss 1400 initcwnd 15 \n"},
            {"ip route show 10.2.0.0/16",
             "10.2.0.0/16 dev d0 scope link mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000 \n"},
            {"route -n",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n"},
            {"route -e",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG     1440 8192      12 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U      1040 4096    2000 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U         0 65535      0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U         0 0         12 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U       540 100      125 d0\n"},
            {"route -ee",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 d0       0     0      0\n10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 d0       1440  8192   12\n10.2.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0       1040  4096   2000\n10.3.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0       0     65535  0\n10.4.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0       0     0      12\n10.5.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0       540   100    125\n"},
            {"route -en",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG     1440 8192      12 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U      1040 4096    2000 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U         0 65535      0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U         0 0         12 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U       540 100      125 d0\n"},
            {"route",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n"},
            {"route -n -e",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG     1440 8192      12 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U      1040 4096    2000 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U         0 65535      0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U         0 0         12 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U       540 100      125 d0\n"},
            {"cat /proc/net/route",
             "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT                                                       \nd0\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0                                                                                 \nd0\t0000010A\t0200000A\t0003\t0\t0\t0\t0000FFFF\t1440\t8192\t12                                                                          \nd0\t0000020A\t00000000\t0001\t0\t0\t0\t0000FFFF\t1040\t4096\t2000                                                                        \nd0\t0000030A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t65535\t0                                                                             \nd0\t0000040A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t12                                                                                \nd0\t0000050A\t00000000\t0001\t0\t0\t0\t0000FFFF\t540\t100\t125                                                                           \n"},
            {"ip route add 10.6.0.0/16 dev d0 window 0",
             ""},
            {"ip route add 10.7.0.0/16 dev d0 rtt 0ms",
             ""},
            {"ip route add 10.8.0.0/16 dev d0 window foo",
             "Error: argument \"foo\" is wrong: \"window\" value is invalid\n\n[exit 255]\n"},
            {"ip route add 10.8.0.0/16 dev d0 rtt foo",
             "Error: argument \"foo\" is wrong: \"rtt\" value is invalid\n\n[exit 255]\n"},
            {"ip route add 10.8.0.0/16 dev d0 advmss foo",
             "Error: argument \"foo\" is wrong: \"mss\" value is invalid\n\n[exit 255]\n"},
            {"ip route add 10.8.0.0/16 dev d0 cwnd -1",
             "Error: argument \"-1\" is wrong: \"cwnd\" value is invalid\n\n[exit 255]\n"},
            {"ip route add 10.8.0.0/16 dev d0 rtt 5000000",
             ""},
            {"ip route",
             "10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 \n10.1.0.0/16 via 10.0.0.2 dev d0 window 8192 rtt 12ms rttvar 12ms ssthresh 10 cwnd 20 advmss 1400 initcwnd 15 \n10.2.0.0/16 dev d0 scope link mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000 \n10.3.0.0/16 dev d0 scope link mtu lock 1200 window 65535 initrwnd 7 \n10.4.0.0/16 dev d0 scope link rtt 12ms rttvar 0ms \n10.5.0.0/16 dev d0 scope link window lock 100 rtt lock 125ms rttvar lock 7ms ssthresh lock 4 cwnd lock 3 advmss lock 500 initcwnd lock 2 initrwnd lock 3 \n10.6.0.0/16 dev d0 scope link \n10.7.0.0/16 dev d0 scope link \n10.8.0.0/16 dev d0 scope link rtt 625s \n"},
            {"route -n",
             "Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 d0\n10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 d0\n10.2.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.3.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.4.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.5.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.6.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.7.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n10.8.0.0        0.0.0.0         255.255.0.0     U     0      0        0 d0\n"},
            {"ip -4 route show table main",
             "10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 \n10.1.0.0/16 via 10.0.0.2 dev d0 window 8192 rtt 12ms rttvar 12ms ssthresh 10 cwnd 20 advmss 1400 initcwnd 15 \n10.2.0.0/16 dev d0 scope link mtu 1300 window 4096 rtt 2s rttvar 300ms advmss 1000 \n10.3.0.0/16 dev d0 scope link mtu lock 1200 window 65535 initrwnd 7 \n10.4.0.0/16 dev d0 scope link rtt 12ms rttvar 0ms \n10.5.0.0/16 dev d0 scope link window lock 100 rtt lock 125ms rttvar lock 7ms ssthresh lock 4 cwnd lock 3 advmss lock 500 initcwnd lock 2 initrwnd lock 3 \n10.6.0.0/16 dev d0 scope link \n10.7.0.0/16 dev d0 scope link \n10.8.0.0/16 dev d0 scope link rtt 625s \n"},
    };

    @Test
    void metricsAsRecorded() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String[] step : TRANSCRIPT) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
            int rc = r.runLine(step[0], p, p);
            String got = b.toString(StandardCharsets.UTF_8);
            if (!got.isEmpty() && !got.endsWith("\n")) got += "\n";
            if (rc != 0) got += "[exit " + rc + "]\n";
            assertEquals(step[1], got, step[0]);
        }
    }
}
