package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** arp_constructor, neigh_changeaddr, __neigh_update timers, proxy entries and flush reports. */
class NeighNoarpTest {
    static ScriptRunner lab() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1",
                "sysctl -q -w net.ipv6.conf.default.disable_ipv6=1", "ip link add v0 type veth peer name v1",
                "ip link set v0 address 02:00:00:00:00:01", "ip addr add 10.2.0.1/24 dev v0", "ip link set v0 up",
                "ip link set v1 up"}) {
            assertEquals("", NeighStatsTest.run(r, l), l);
        }
        return r;
    }

    static String run(ScriptRunner r, String l) { return NeighStatsTest.run(r, l); }

    @Test
    void loopbackTrafficMakesTheHiddenZeroEntryAndLoKeysEverythingAsZero() {
        ScriptRunner r = lab();
        run(r, "ping -q -c 1 127.0.0.1");
        assertEquals("", run(r, "ip neigh show dev lo"));
        assertEquals("0.0.0.0 lladdr 00:00:00:00:00:00 NOARP \n", run(r, "ip neigh show dev lo nud all"));
        assertEquals("", run(r, "ip neigh add 10.9.0.1 lladdr 02:00:00:00:00:09 dev lo"));
        assertEquals("0.0.0.0 lladdr 02:00:00:00:00:09 PERMANENT \n", run(r, "ip neigh show dev lo nud all"));
        assertEquals("RTNETLINK answers: No such file or directory\n", run(r, "ip neigh del 10.9.0.1 dev lo"));
    }

    @Test
    void noarpDeviceLendsItsOwnAddressAndTogglingFlushes() {
        ScriptRunner r = lab();
        run(r, "ip link set v0 arp off");
        assertEquals("", run(r, "ip neigh add 10.2.0.9 dev v0"));
        assertEquals("10.2.0.9 dev v0 lladdr 02:00:00:00:00:01 PERMANENT \n", run(r, "ip neigh show 10.2.0.9"));
        run(r, "ip link set v0 arp on");
        assertEquals("", run(r, "ip neigh show dev v0 nud all"));
        // Without NOARP a missing lladdr is refused, and the entry is left behind in state NONE.
        assertEquals("Error: No link layer address given.\n", run(r, "ip neigh add 10.2.0.10 dev v0"));
        assertEquals("10.2.0.10 \n", run(r, "ip neigh show dev v0 nud all"));
    }

    @Test
    void delayIsDecidedAtOnceFromTheConfirmationTime() {
        ScriptRunner r = lab();
        run(r, "ip neigh replace 10.2.0.20 lladdr 02:00:00:00:00:20 dev v0 nud reachable");
        run(r, "ip neigh replace 10.2.0.20 lladdr 02:00:00:00:00:20 dev v0 nud delay");
        assertEquals("10.2.0.20 dev v0 lladdr 02:00:00:00:00:20 REACHABLE \n", run(r, "ip neigh show 10.2.0.20"));
        // A new address without confirmation counts as confirmed long ago: DELAY turns into PROBE.
        run(r, "ip neigh replace 10.2.0.21 lladdr 02:00:00:00:00:21 dev v0 nud delay");
        assertEquals("10.2.0.21 dev v0 lladdr 02:00:00:00:00:21  ref 1 used 0/60/0probes 1 PROBE \n",
                run(r, "ip -s neigh show 10.2.0.21"));
        assertEquals("[{\"dst\":\"10.2.0.21\",\"dev\":\"v0\",\"lladdr\":\"02:00:00:00:00:21\",\"state\":[\"PROBE\"]}]\n",
                run(r, "ip -j neigh show 10.2.0.21"));
    }

    @Test
    void proxyEntriesAreListedApart() {
        ScriptRunner r = lab();
        assertEquals("", run(r, "ip neigh add proxy 10.2.0.50 dev v0"));
        assertEquals("", run(r, "ip neigh add proxy 10.2.0.50 dev v0"));
        assertEquals("10.2.0.50 dev v0 proxy \n", run(r, "ip neigh show proxy"));
        assertEquals("", run(r, "ip neigh show 10.2.0.50"));
        assertEquals("", run(r, "ip neigh del proxy 10.2.0.50 dev v0"));
        assertEquals("RTNETLINK answers: No such file or directory\n", run(r, "ip neigh del proxy 10.2.0.50 dev v0"));
    }

    @Test
    void flushReportsItsRoundWithStats() {
        ScriptRunner r = lab();
        run(r, "ip neigh add 10.2.0.30 lladdr 02:00:00:00:00:30 dev v0 nud stale");
        run(r, "ip neigh add 10.2.0.31 lladdr 02:00:00:00:00:31 dev v0");
        assertEquals("\n*** Round 1, deleting 1 entries ***\n*** Flush is complete after 1 round ***\n",
                run(r, "ip -s neigh flush dev v0"));
        assertEquals("Nothing to flush.\n", run(r, "ip -s neigh flush dev v0"));
        assertEquals("Flush requires arguments.\n", run(r, "ip neigh flush"));
        assertEquals("10.2.0.31 dev v0 lladdr 02:00:00:00:00:31 PERMANENT \n", run(r, "ip neigh show 10.2.0.31"));
    }

    @Test
    void aTunNeighbourIsZeroKeyedWithTheStrayLladdrByte() {
        ScriptRunner r = lab();
        run(r, "ip tuntap add dev tun0 mode tun");
        run(r, "ip addr add 10.0.13.1/24 dev tun0");
        run(r, "ip link set tun0 up");
        run(r, "ping -q -c 1 -W 1 10.0.13.2");
        assertEquals("0.0.0.0 lladdr 08 NOARP \n", run(r, "ip neigh show dev tun0 nud all"));
        run(r, "ip neigh add 10.0.13.9 dev tun0");
        assertEquals("0.0.0.0 lladdr 08 PERMANENT \n", run(r, "ip neigh show dev tun0 nud all"));
    }

    @Test
    void aBroadcastPingLeavesTheBroadcastEntry() {
        ScriptRunner r = lab();
        run(r, "ping -q -b -c 1 -W 1 10.2.0.255");
        assertEquals("10.2.0.255 dev v0 lladdr ff:ff:ff:ff:ff:ff NOARP \n", run(r, "ip neigh show 10.2.0.255 nud all"));
        assertEquals("", run(r, "ip neigh show 10.2.0.255"));
    }

    @Test
    void downRemovesEverythingCarrierLossKeepsPermanent() {
        ScriptRunner r = lab();
        run(r, "ip neigh add 10.2.0.40 lladdr 02:00:00:00:00:40 dev v0");
        run(r, "ip neigh add 10.2.0.41 lladdr 02:00:00:00:00:41 dev v0 nud stale");
        run(r, "ip link set v1 down");
        assertEquals("10.2.0.40 dev v0 lladdr 02:00:00:00:00:40 PERMANENT \n", run(r, "ip neigh show nud all"));
        run(r, "ip link set v0 down");
        assertEquals("", run(r, "ip neigh show nud all"));
        run(r, "ip link set v0 up");
        run(r, "sysctl -q -w net.ipv4.conf.v0.arp_evict_nocarrier=0");
        run(r, "ip neigh add 10.2.0.41 lladdr 02:00:00:00:00:41 dev v0 nud stale");
        run(r, "ip link set v1 up");
        run(r, "ip link set v1 down");
        assertEquals("10.2.0.41 dev v0 lladdr 02:00:00:00:00:41 STALE \n", run(r, "ip neigh show"));
    }

    @Test
    void getFindsOneEntry() {
        ScriptRunner r = lab();
        run(r, "ip neigh add 10.2.0.40 lladdr 02:00:00:00:00:40 dev v0");
        assertEquals("10.2.0.40 dev v0 lladdr 02:00:00:00:00:40 PERMANENT \n", run(r, "ip neigh get 10.2.0.40 dev v0"));
        assertEquals("Error: Neighbour entry not found.\n", run(r, "ip neigh get 10.2.0.49 dev v0"));
        assertEquals("Device and address are required arguments.\n", run(r, "ip neigh get 10.2.0.40"));
    }

    @Test
    void aConnectedEntryIsNotMarkedUsedByItsTraffic() {
        ScriptRunner r = lab();
        run(r, "ip neigh add 10.2.0.60 lladdr 02:00:00:00:00:60 dev v0");
        run(r, "ping -q -c 3 -i 1 -W 1 10.2.0.60");
        // Three requests went out through it over 3 s; "used" still counts from its creation.
        assertEquals("10.2.0.60 dev v0 lladdr 02:00:00:00:00:60  used 3/3/3probes 0 PERMANENT \n",
                run(r, "ip -s neigh show 10.2.0.60"));
    }
}
