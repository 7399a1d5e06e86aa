package linnet.tools.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * `bridge -d link show` (the second line of port flags as iproute2 6.1 prints it), M-DOWN for a port
 * whose veth partner is down, and `bridge link set` of root_block/fastleave/mcast_flood, as recorded on
 * the oracle kernel.
 */
class BridgeLinkDetailsTest {
    private static final String[][] TRANSCRIPT = {
            {"ip link add br0 type bridge",
             ""},
            {"ip link add veth0 type veth peer name veth1",
             ""},
            {"ip link add veth2 type veth peer name veth3",
             ""},
            {"brctl addif br0 veth0",
             ""},
            {"brctl addif br0 veth2",
             ""},
            {"ip link set veth0 up",
             ""},
            {"ip link set veth1 up",
             ""},
            {"ip link set br0 up",
             ""},
            {"bridge -d link show",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n6: veth2@veth3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 \n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
            {"bridge -d link",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n6: veth2@veth3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 \n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
            {"bridge link show",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n6: veth2@veth3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 \n"},
            {"bridge -d link show dev veth0",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
            {"bridge link set dev veth0 hairpin on guard on learning off flood off",
             ""},
            {"bridge link set dev veth2 root_block on fastleave on mcast_flood off",
             ""},
            {"bridge -d link show",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n    hairpin on guard on root_block off fastleave off learning off flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n6: veth2@veth3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 \n    hairpin off guard off root_block on fastleave on learning on flood on mcast_flood off bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
            {"bridge -d -s link show",
             "4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n    hairpin on guard on root_block off fastleave off learning off flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n6: veth2@veth3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 \n    hairpin off guard off root_block on fastleave on learning on flood on mcast_flood off bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n"},
    };

    @Test
    void detailsAsRecorded() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String[] step : TRANSCRIPT) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
            int rc = r.runLine(step[0], p, p);
            String got = b.toString(StandardCharsets.UTF_8);
            if (rc != 0) got += "[exit " + rc + "]\n";
            assertEquals(step[1], got, step[0]);
        }
    }

    /** 332: a peer in another namespace with this very ifindex: no IFLA_LINK, so no "@" and no M-DOWN. */
    @Test
    void aPeerWithTheSameIndexElsewhereIsNoLink() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        for (String l : new String[] {"ip netns add ns2", "ip link add name v0 type veth peer name peer0 netns ns2",
                "ip link add name v1 type veth peer name peer1 netns ns2", "ip link add br0 type bridge",
                "ip link set v1 master br0"}) {
            r.runLine(l, p, p);
        }
        b.reset();
        r.runLine("bridge link", p, p);
        assertEquals("3: v1: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 \n",
                b.toString(StandardCharsets.UTF_8));
    }
}
