package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ipneigh_modify / ipneigh_get argument handling and proxy entries (recorded on the oracle, scenario 317). */
class NeighArgsTest {
    private static ScriptRunner lab() {
        ScriptRunner r = new ScriptRunner(new Lab(13, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add eth5 type veth peer name eth6", "ip addr add 192.0.2.1/24 dev eth5",
                "ip link set eth5 up"}) assertEquals("", NeighStatsTest.run(r, l), l);
        return r;
    }

    @Test
    void lladdrIsParsedAfterTheLoop() {
        ScriptRunner r = lab();
        assertEquals("Error: either \"to\" is duplicate, or \"eth5\" is a garbage.\n",
                NeighStatsTest.run(r, "ip neigh add 192.0.2.9 lladdr dev eth5"));
        assertEquals("Error: Invalid link address.\n", NeighStatsTest.run(r, "ip neigh add 192.0.2.9 lladdr 02:00 dev eth5"));
        assertEquals("\"100\" is invalid lladdr.\n", NeighStatsTest.run(r, "ip neigh add 192.0.2.9 lladdr 02:100:00:00:00:09 dev eth5"));
        assertEquals("", NeighStatsTest.run(r, "ip neigh add 192.0.2.9 lladdr 2:0:0:0:0:a:bb dev eth5"));
        assertEquals("192.0.2.9 lladdr 02:00:00:00:00:0a PERMANENT \n", NeighStatsTest.run(r, "ip neigh show dev eth5"));
    }

    @Test
    void proxyTakesTheAddress() {
        ScriptRunner r = lab();
        assertEquals("", NeighStatsTest.run(r, "ip neigh add proxy 192.0.2.13 dev eth5"));
        assertEquals("Command line is not complete. Try option \"help\"\n",
                NeighStatsTest.run(r, "ip neigh get 192.0.2.13 dev eth5 proxy"));
        assertEquals("192.0.2.13 dev eth5 proxy \n", NeighStatsTest.run(r, "ip neigh get proxy 192.0.2.13 dev eth5"));
        assertEquals("Error: Proxy neighbour entry not found.\n", NeighStatsTest.run(r, "ip neigh get proxy 192.0.2.99 dev eth5"));
        assertEquals("", NeighStatsTest.run(r, "ip neigh flush proxy"));
        assertEquals("", NeighStatsTest.run(r, "ip neigh show proxy"));
    }
}
