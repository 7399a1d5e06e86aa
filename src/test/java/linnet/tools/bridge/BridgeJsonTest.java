package linnet.tools.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bridge -j link / fdb and bridge vlan on a kernel without VLAN filtering, as the oracle prints them. */
class BridgeJsonTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);
    int rc;

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void setUp() {
        run("ip netns add far");
        run("ip link add br0 type bridge");
        run("ip link add v0 type veth peer name v1");
        run("ip link set v0 address 02:00:00:00:00:10");
        run("ip link add v2 type veth peer name v3");
        run("ip link set v0 master br0");
        run("ip link set v2 master br0");
        run("ip link set v3 netns far");
    }

    @Test
    void linkOfAPortWhosePeerIsElsewhereIsTheBareIndex() {
        // br_fill_ifinfo has no IFLA_LINK_NETNSID: "if5" both in text and in JSON's "link".
        assertEquals("[{\"ifindex\":4,\"link\":\"v1\",\"ifname\":\"v0\",\"flags\":[\"BROADCAST\",\"MULTICAST\",\"M-DOWN\"],"
                + "\"mtu\":1500,\"master\":\"br0\",\"state\":\"disabled\",\"priority\":32,\"cost\":2},"
                + "{\"ifindex\":6,\"link\":\"if5\",\"ifname\":\"v2\",\"flags\":[\"BROADCAST\",\"MULTICAST\"],"
                + "\"mtu\":1500,\"master\":\"br0\",\"state\":\"disabled\",\"priority\":32,\"cost\":2}]\n",
                run("bridge -j link"));
    }

    @Test
    void fdbAsPrettyJson() {
        assertEquals("[ {\n        \"mac\": \"02:00:00:00:00:10\",\n        \"flags\": [ ],\n        \"master\": \"br0\",\n"
                + "        \"state\": \"permanent\"\n    },{\n        \"mac\": \"33:33:00:00:00:01\",\n"
                + "        \"flags\": [ \"self\" ],\n        \"state\": \"permanent\"\n    } ]\n",
                run("bridge -j -p fdb show dev v0"));
        assertEquals("[ ]\n", run("bridge -j -p fdb show br v0"));
    }

    @Test
    void vlanWithoutVlanFiltering() {
        assertEquals("port              vlan-id  \n", run("bridge vlan show"));
        assertEquals("[]\n", run("bridge -j vlan show"));
        assertEquals("RTNETLINK answers: Operation not supported\n", run("bridge vlan add vid 10 dev v0"));
        assertEquals(255, rc);
        assertEquals("", run("bridge vlan del vid 10 dev v0"));
        assertEquals(0, rc);
    }

    @Test
    void everyFailureExits255() {
        assertEquals("Cannot find device \"nosuch0\"\n", run("bridge fdb add 02:00:00:00:00:af dev nosuch0"));
        assertEquals(255, rc);
        assertEquals("RTNETLINK answers: Operation not supported\n", run("bridge fdb replace 02:00:00:00:00:ab dev br0 master"));
        assertEquals(255, rc);
        assertEquals("RTNETLINK answers: No such file or directory\n", run("bridge fdb del 02:00:00:00:00:aa dev br0 self"));
        assertEquals(255, rc);
    }

    @Test
    void linkSetParsesLikeIproute2() {
        assertEquals("", run("bridge link set dev v0 cost 0"));
        assertEquals(0, rc);
        assertEquals("RTNETLINK answers: Numerical result out of range\n", run("bridge link set dev v0 cost -1"));
        assertEquals(255, rc);
        assertEquals("", run("bridge link set dev v0 priority -1"));
        assertEquals("Error: invalid STP port state\n", run("bridge link set dev v0 state Blocking"));
        assertEquals("Error: argument of \"hairpin\" must be one of \"off\", \"on\", not \"maybe\"\n",
                run("bridge link set dev v0 hairpin maybe"));
        assertEquals(234, rc);
        assertEquals("Cannot find bridge device \"nosuch\"\n", run("bridge link set dev nosuch cost 5"));
        assertEquals(255, rc);
    }

    @Test
    void brctlShowTellsANonBridgeFromNothing() {
        assertEquals("device v0 is not a bridge!\n", run("brctl show v0"));
        assertEquals(1, rc);
        assertEquals("bridge nosuch does not exist!\n", run("brctl show nosuch"));
    }

    @Test
    void snoopingTurnedOnAgainWhileUpPutsTheSnoopersGroupsLast() {
        run("ip link add br9 type bridge");
        run("ip link set br9 up");
        run("ip link set br9 type bridge mcast_snooping 0");
        assertEquals(false, run("bridge fdb show dev br9").contains("01:00:5e:00:00:6a"));
        run("ip link set br9 type bridge mcast_snooping 1");
        String l = run("bridge fdb show dev br9");
        assertTrue(l.indexOf("01:00:5e:00:00:6a") > l.indexOf("01:00:5e:00:00:01"), l);
        run("ip link set br9 down");
        run("ip link set br9 up");
        String again = run("bridge fdb show dev br9");
        assertTrue(again.indexOf("01:00:5e:00:00:6a") < again.indexOf("01:00:5e:00:00:01"), again);
    }
}
