package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** NTF_EXT_LEARNED entries and what the loss of a device's last address does to its neighbours. */
class NeighExternLearnTest {
    static String run(ScriptRunner r, String l) { return NeighStatsTest.run(r, l); }

    @Test
    void externLearnedEntriesPassEveryStateFilter() {
        ScriptRunner r = NeighNoarpTest.lab();
        assertEquals("", run(r, "ip neigh add 10.2.0.21 dev v0 lladdr 02:00:00:00:00:21 extern"));
        assertEquals("10.2.0.21 dev v0 lladdr 02:00:00:00:00:21 extern_learn PERMANENT \n", run(r, "ip neigh show"));
        assertEquals("10.2.0.21 dev v0 lladdr 02:00:00:00:00:21 extern_learn  used 0/0/0probes 0 PERMANENT \n",
                run(r, "ip -s neigh show 10.2.0.21"));
        // print_neigh lets it through a state filter it does not match, and so does a flush
        assertEquals("10.2.0.21 dev v0 lladdr 02:00:00:00:00:21 extern_learn PERMANENT \n", run(r, "ip neigh show nud stale"));
        assertEquals("", run(r, "ip neigh flush dev v0 nud stale"));
        assertEquals("", run(r, "ip neigh show nud all"));
    }

    @Test
    void lastAddressGoneTakesPermanentEntriesToo() {
        ScriptRunner r = NeighNoarpTest.lab();
        assertEquals("", run(r, "ip neigh add 10.2.0.9 lladdr 02:00:00:00:00:09 dev v0"));
        assertEquals("", run(r, "ip addr add 10.3.0.1/24 dev v0"));
        // another address is left: the entry stays
        assertEquals("", run(r, "ip addr del 10.3.0.1/24 dev v0"));
        assertEquals("10.2.0.9 dev v0 lladdr 02:00:00:00:00:09 PERMANENT \n", run(r, "ip neigh show"));
        // fib_disable_ip -> arp_ifdown once no IPv4 address is left
        assertEquals("", run(r, "ip addr flush dev v0"));
        assertEquals("", run(r, "ip neigh show nud all"));
    }
}
