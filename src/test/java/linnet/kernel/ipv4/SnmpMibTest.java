package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetnsMib;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** The per-namespace MIB counters where the IP, ICMP, UDP and TCP paths bump them, and /proc/net/snmp's shape. */
class SnmpMibTest {
    private final Lab lab = new Lab(3, Lab.Profile.BARE);
    private final ScriptRunner sh = new ScriptRunner(lab);

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private Net ns(String name) { return lab.main.host.netns().get(name); }

    private void pair() {
        for (String l : new String[] {"ip netns add a", "ip netns add b", "ip link add va netns a type veth peer name vb netns b",
                "ip netns exec a sysctl -qw net.ipv6.conf.va.disable_ipv6=1",
                "ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=1", "ip -n a addr add 10.9.0.1/24 dev va",
                "ip -n b addr add 10.9.0.2/24 dev vb", "ip -n a link set va up", "ip -n b link set vb up"}) {
            run(l);
        }
    }

    @Test
    void freshNamespaceHasOnlyTheConstants() {
        NetnsMib m = new NetnsMib();
        assertEquals(1, m.tcp[NetnsMib.TCP_MIB_RTOALGORITHM]);
        assertEquals(-1, m.tcp[NetnsMib.TCP_MIB_MAXCONN]);
        run("ip netns add a");
        String snmp = SnmpProc.snmp(ns("a"));
        assertTrue(snmp.startsWith("Ip: Forwarding DefaultTTL InReceives"), snmp);
        assertTrue(snmp.contains("\nIp: 2 64 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"), snmp);
        assertTrue(snmp.contains("\nTcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0\n"), snmp);
        assertTrue(!snmp.contains("IcmpMsg"), snmp);
    }

    @Test
    void pingCountsBothEnds() {
        pair();
        run("ip netns exec a ping -q -c 3 -i 0.2 10.9.0.2");
        long[] ia = ns("a").mib.ip, ib = ns("b").mib.ip;
        assertEquals(3, ia[NetnsMib.IPSTATS_MIB_OUTREQUESTS]);
        assertEquals(3, ia[NetnsMib.IPSTATS_MIB_OUTPKTS]);
        assertEquals(3, ib[NetnsMib.IPSTATS_MIB_INPKTS]);
        assertEquals(3, ib[NetnsMib.IPSTATS_MIB_INDELIVERS]);
        assertEquals(3 * 84, ib[NetnsMib.IPSTATS_MIB_INOCTETS]);
        assertEquals(3, ns("b").mib.icmpMsg(8));
        assertEquals(3, ns("b").mib.icmpMsg(0x100));
        assertEquals(3, ns("a").mib.icmp[NetnsMib.ICMP_MIB_OUTMSGS]);
        String snmp = SnmpProc.snmp(ns("a"));
        assertTrue(snmp.contains("\nIcmpMsg: InType0 OutType8\nIcmpMsg: 3 3\n"), snmp);
    }

    @Test
    void udpToAClosedPortIsNoPortsAndAnUnreachable() {
        pair();
        run("echo hi | ip netns exec a nc -u -w 1 10.9.0.2 9");
        assertEquals(1, ns("a").mib.udp[NetnsMib.UDP_MIB_OUTDATAGRAMS]);
        assertEquals(1, ns("b").mib.udp[NetnsMib.UDP_MIB_NOPORTS]);
        assertEquals(1, ns("b").mib.ip[NetnsMib.IPSTATS_MIB_INDELIVERS]);
        assertEquals(1, ns("b").mib.icmpMsg(0x100 | 3));
        assertEquals(1, ns("a").mib.icmpMsg(3));
    }

    @Test
    void outputDropIsAnOutDiscardAndNoRouteAnOutNoRoute() {
        pair();
        run("ip netns exec a iptables -A OUTPUT -p icmp -j DROP");
        run("ip netns exec a ping -c 2 -i 0.2 -W 1 10.9.0.2");
        long[] ia = ns("a").mib.ip;
        assertEquals(2, ia[NetnsMib.IPSTATS_MIB_OUTREQUESTS]);
        assertEquals(2, ia[NetnsMib.IPSTATS_MIB_OUTDISCARDS]);
        assertEquals(0, ia[NetnsMib.IPSTATS_MIB_OUTPKTS]);
        run("ip netns exec a ping -c 1 192.0.2.9");
        assertEquals(1, ia[NetnsMib.IPSTATS_MIB_OUTNOROUTES]);
    }

    @Test
    void tcpRefusedAndEstablished() {
        pair();
        run("ip netns exec a nc -z 10.9.0.2 7000");
        long[] ta = ns("a").mib.tcp, tb = ns("b").mib.tcp;
        assertEquals(1, ta[NetnsMib.TCP_MIB_ACTIVEOPENS]);
        assertEquals(1, ta[NetnsMib.TCP_MIB_ATTEMPTFAILS]);
        assertEquals(1, tb[NetnsMib.TCP_MIB_OUTRSTS]);
        run("ip netns exec b nc -l 7001 &");
        run("sleep 0.5");
        run("echo hello | ip netns exec a nc -N 10.9.0.2 7001");
        run("sleep 0.5");
        assertEquals(1, tb[NetnsMib.TCP_MIB_PASSIVEOPENS]);
        assertEquals(0, ta[NetnsMib.TCP_MIB_CURRESTAB]);
        assertEquals(0, tb[NetnsMib.TCP_MIB_CURRESTAB]);
        assertEquals(6, ta[NetnsMib.TCP_MIB_OUTSEGS]);
        assertEquals(6, tb[NetnsMib.TCP_MIB_INSEGS]);
        // the client closed first: its connection waits in TIME_WAIT (TW counted when armed)
        assertEquals(1, ns("a").mib.net[linnet.kernel.core.LinuxMib.TIMEWAITED]);
        assertEquals(0, ns("b").mib.net[linnet.kernel.core.LinuxMib.TIMEWAITED]);
        assertEquals(2, ns("a").mib.net[linnet.kernel.core.LinuxMib.TCPORIGDATASENT]);
        assertEquals(1, ns("b").mib.net[linnet.kernel.core.LinuxMib.TCPORIGDATASENT]);
    }

    @Test
    void reversePathFailureIsIPReversePathFilterOnly() {
        pair();
        // resolved first: an ARP request from the refused source would be refused too
        run("ip netns exec a ping -q -c 1 10.9.0.2");
        run("ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=1");
        run("ip -n a addr add 10.8.0.1/24 dev va");
        run("ip netns exec a ping -q -c 2 -i 0.2 -W 1 -I 10.8.0.1 10.9.0.2");
        assertEquals(2, ns("b").mib.net[linnet.kernel.core.LinuxMib.IPRPFILTER]);
        assertEquals(1, ns("b").mib.ip[NetnsMib.IPSTATS_MIB_INDELIVERS]);
        assertEquals(3, ns("b").mib.ip[NetnsMib.IPSTATS_MIB_INPKTS]);
    }

    @Test
    void ipv6PingOverLoCountsBothHalves() {
        run("ip netns add a");
        run("ip netns exec a ip link set lo up");
        run("ip netns exec a ping -q -c 2 -i 0.2 ::1");
        NetnsMib m = ns("a").mib;
        assertEquals(4, m.ipv6[NetnsMib.IPSTATS_MIB_INPKTS]);
        assertEquals(4, m.ipv6[NetnsMib.IPSTATS_MIB_OUTREQUESTS]);
        assertEquals(4, m.ipv6[NetnsMib.IPSTATS_MIB_OUTPKTS]);
        assertEquals(2, m.icmpv6Msg(128));
        assertEquals(2, m.icmpv6Msg(0x100 | 129));
        String s = linnet.kernel.ipv6.Snmp6Proc.snmp6(ns("a"));
        assertTrue(s.contains("Icmp6InEchos                    \t2\n"), s);
        assertTrue(s.contains("Icmp6OutType129                 \t2\nUdp6InDatagrams"), s);
    }
}
