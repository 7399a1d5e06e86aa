package linnet.tools.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * brctl setpathcost / setportprio / sethello / setmaxage / setfd / setbridgeprio and
 * `ip link set DEV type bridge_slave ...`, as recorded on the oracle kernel (bridge-utils 1.7.1,
 * iproute2 6.x). The random MAC is masked.
 */
class BrctlSetTest {
    private static String mask(String s) {
        return s.replaceAll("[0-9a-f]{12}\\b", "<id>").replaceAll("([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}", "<mac>");
    }

    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        String got = b.toString(StandardCharsets.UTF_8);
        return rc != 0 ? got + "[exit " + rc + "]\n" : got;
    }

    private static ScriptRunner bridgeWithPort() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add br0 type bridge", "ip link add d0 type veth peer name p0",
                "ip link set d0 master br0"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    private static void check(ScriptRunner r, String[][] steps) {
        for (String[] s : steps) assertEquals(mask(s[1]), mask(run(r, s[0])), s[0]);
    }

    @Test
    void setpathcost() {
        check(bridgeWithPort(), new String[][] {
                {"brctl setpathcost br0 d0 55", ""},
                {"cat /sys/class/net/d0/brport/path_cost", "55\n"},
                {"brctl setpathcost nobr d0 5", ""},
                {"brctl setpathcost br0 nope 5", "set path cost failed: No such device\n[exit 1]\n"},
                {"brctl setpathcost br0 lo 5", "set path cost failed: No such file or directory\n[exit 1]\n"},
                {"brctl setpathcost br0 d0 abc", "bad path cost value\n[exit 1]\n"},
                {"brctl setpathcost br0 d0", "Incorrect number of arguments for command\n"
                        + "Usage: brctl setpathcost <bridge> <port> <cost>\tset path cost\n[exit 1]\n"},
                {"brctl setpathcost br0 d0 0", "set path cost failed: Numerical result out of range\n[exit 1]\n"},
        });
    }

    @Test
    void setportprio() {
        check(bridgeWithPort(), new String[][] {
                {"brctl setportprio br0 d0 7", ""},
                {"cat /sys/class/net/d0/brport/priority", "7\n"},
                {"brctl setportprio nobr d0 5", ""},
                {"brctl setportprio br0 nope 5", "set port priority failed: No such device\n[exit 1]\n"},
                {"brctl setportprio br0 d0 abc", "bad path priority value\n[exit 1]\n"},
                {"brctl setportprio br0 d0 99", "set port priority failed: Numerical result out of range\n[exit 1]\n"},
                {"brctl setportprio br0 d0 7", ""},
                {"brctl setpathcost br0 d0 55", ""},
                {"brctl setbridgeprio br0 4096", ""},
                {"brctl showstp br0",
                 "br0\n bridge id\t\t1000.6286d2007252\n designated root\t1000.6286d2007252\n root port\t\t   0\t\t\tpath cost\t\t   0\n max age\t\t  20.00\t\t\tbridge max age\t\t  20.00\n hello time\t\t   2.00\t\t\tbridge hello time\t   2.00\n forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00\n ageing time\t\t 300.00\n hello timer\t\t   0.00\t\t\ttcn timer\t\t   0.00\n topology change timer\t   0.00\t\t\tgc timer\t\t   0.00\n flags\t\t\t\n\n\nd0 (1)\n port id\t\t1c01\t\t\tstate\t\t       disabled\n designated root\t8000.6286d2007252\tpath cost\t\t  55\n designated bridge\t8000.6286d2007252\tmessage age timer\t   0.00\n designated port\t1c01\t\t\tforward delay timer\t   0.00\n designated cost\t   0\t\t\thold timer\t\t   0.00\n flags\t\t\t\n\n"},
        });
    }

    @Test
    void sethello() {
        check(bridgeWithPort(), new String[][] {
                {"brctl sethello br0 3", ""},
                {"cat /sys/class/net/br0/bridge/hello_time", "300\n"},
                {"brctl sethello nobr 3", "set hello timer failed: No such device\n[exit 1]\n"},
                {"brctl sethello br0 abc", "bad hello timer value\n[exit 1]\n"},
                {"brctl sethello br0", "Incorrect number of arguments for command\n"
                        + "Usage: brctl sethello <bridge> <time>\t\tset hello time\n[exit 1]\n"},
                {"brctl sethello br0 0", "set hello timer failed: Numerical result out of range\n[exit 1]\n"},
                {"brctl sethello br0 100", "set hello timer failed: Numerical result out of range\n[exit 1]\n"},
        });
    }

    @Test
    void setmaxage() {
        check(bridgeWithPort(), new String[][] {
                {"brctl setmaxage br0 12", ""},
                {"cat /sys/class/net/br0/bridge/max_age", "1200\n"},
                {"brctl setmaxage nobr 3", "set max age failed: No such device\n[exit 1]\n"},
                {"brctl setmaxage br0 1", "set max age failed: Numerical result out of range\n[exit 1]\n"},
        });
    }

    @Test
    void setfd() {
        check(bridgeWithPort(), new String[][] {
                {"brctl setfd br0 9", ""},
                {"cat /sys/class/net/br0/bridge/forward_delay", "900\n"},
                {"brctl setfd nobr 3", "set forward delay failed: No such device\n[exit 1]\n"},
                {"brctl setfd br0 1", ""},
                {"cat /sys/class/net/br0/bridge/forward_delay", "100\n"},
        });
    }

    @Test
    void setbridgeprio() {
        check(bridgeWithPort(), new String[][] {
                {"brctl setbridgeprio br0 4096", ""},
                {"cat /sys/class/net/br0/bridge/priority", "4096\n"},
                {"brctl setbridgeprio nobr 3", "set bridge priority failed: No such device\n[exit 1]\n"},
                {"brctl setbridgeprio br0 abc", "bad priority\n[exit 1]\n"},
                {"brctl setbridgeprio br0 70000", ""},
                {"cat /sys/class/net/br0/bridge/priority", "4464\n"},
        });
    }

    @Test
    void ipLinkSetTypeBridgeSlave() {
        check(bridgeWithPort(), new String[][] {
                {"ip link set d0 type bridge_slave cost 77 priority 9 learning off flood off hairpin on state 2",
                 "RTNETLINK answers: Network is down\n[exit 2]\n"},
                {"cat /sys/class/net/d0/brport/path_cost", "77\n"},
                {"cat /sys/class/net/d0/brport/priority", "9\n"},
                {"cat /sys/class/net/d0/brport/learning", "0\n"},
                {"cat /sys/class/net/d0/brport/unicast_flood", "0\n"},
                {"cat /sys/class/net/d0/brport/hairpin_mode", "1\n"},
                {"cat /sys/class/net/d0/brport/state", "0\n"},
                {"bridge -d link show dev d0",
                 "4: d0@p0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 77 \n"
                 + "    hairpin on guard off root_block off fastleave off learning off flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
                {"ip link set d0 type bridge_slave learning on flood on hairpin off", ""},
                {"cat /sys/class/net/d0/brport/learning", "1\n"},
                {"ip link set d0 type bridge_slave state 9", "RTNETLINK answers: Invalid argument\n[exit 2]\n"},
                {"ip link set d0 type bridge_slave cost abc", "Error: argument \"abc\" is wrong: cost is invalid\n[exit 255]\n"},
                {"ip link set d0 type bridge_slave priority abc", "Error: argument \"abc\" is wrong: priority is invalid\n[exit 255]\n"},
                {"ip link set d0 type bridge_slave learning maybe", "Error: argument of \"learning\" must be one of \"off\", \"on\", not \"maybe\"\n[exit 1]\n"},
                {"ip link set d0 type bridge_slave state abc", "Error: argument \"abc\" is wrong: state is invalid\n[exit 255]\n"},
                {"ip link set d0 type bridge_slave priority 99", "RTNETLINK answers: Numerical result out of range\n[exit 2]\n"},
                {"ip link set d0 type bridge_slave cost 0", "RTNETLINK answers: Numerical result out of range\n[exit 2]\n"},
                {"ip link set d0 type bridge_slave cost", "Command line is not complete. Try option \"help\"\n[exit 255]\n"},
                {"ip link add d1 type veth peer name p1", ""},
                {"ip link set d1 type bridge_slave cost 5", "RTNETLINK answers: Operation not supported\n[exit 2]\n"},
                {"ip link set nod type bridge_slave cost 5", "Cannot find device \"nod\"\n[exit 1]\n"},
        });
    }

    @Test
    void ipLinkSetBridgeSlaveStateOnLivePort() {
        ScriptRunner r = bridgeWithPort();
        check(r, new String[][] {
                {"ip link set p0 up", ""},
                {"ip link set d0 up", ""},
                {"ip link set br0 up", ""},
                {"cat /sys/class/net/d0/brport/state", "3\n"},
                {"ip link set d0 type bridge_slave state 2", ""},
                {"cat /sys/class/net/d0/brport/state", "2\n"},
                {"ip link set d0 type bridge_slave state 4", ""},
                {"cat /sys/class/net/d0/brport/state", "3\n"},
                {"ip link set d0 type bridge_slave state 0", ""},
                {"cat /sys/class/net/d0/brport/state", "3\n"},
                {"brctl setbridgeprio br0 4096", ""},
                {"brctl setportprio br0 d0 5", ""},
                {"cat /sys/class/net/d0/brport/designated_port", "5121\n"},
                {"cat /sys/class/net/d0/brport/designated_bridge", "1000.86a9cce7e0b0\n"},
                {"brctl stp br0 on", ""},
                {"ip link set d0 type bridge_slave state 3", "RTNETLINK answers: Device or resource busy\n[exit 2]\n"},
        });
    }
}
