package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * __mkroute_output and ip_route_input_rcu by destination class (recorded on the oracle as 278):
 * groups and the limited broadcast never use the default route's gateway; input accepts only the
 * groups the device is in.
 */
class RouteClassTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(rc, sh.runLine(line, p, p), line);
        return b.toString(StandardCharsets.UTF_8);
    }

    void setUp() {
        for (String l : new String[] {"ip link add g0 type veth peer name g1", "ip addr add 172.20.1.1/24 dev g0",
                "ip addr add 172.20.2.1/24 dev g1", "ip link set g0 up", "ip link set g1 up", "ip link set lo up",
                "ip route add default via 172.20.1.5"}) {
            run(l, 0);
        }
    }

    @Test
    void groupsAndBroadcastDropTheGateway() {
        setUp();
        assertEquals("multicast 224.0.0.1 dev g0 src 172.20.1.1 rt_offload_failed uid 0 \n    cache <local,mc> \n",
                run("ip route get 224.0.0.1", 0));
        assertEquals("multicast 239.1.2.3 dev g0 src 172.20.1.1 rt_offload_failed uid 0 \n    cache <mc> \n",
                run("ip route get 239.1.2.3", 0));
        assertEquals("broadcast 255.255.255.255 dev g0 src 172.20.1.1 uid 0 \n    cache <local,brd> \n",
                run("ip route get 255.255.255.255", 0));
        // a group's own route (/4 or longer) keeps its next hop
        run("ip route add 239.0.0.0/8 via 172.20.2.9", 0);
        assertEquals("multicast 239.1.2.3 via 172.20.2.9 dev g1 src 172.20.2.1 rt_offload_failed uid 0 \n    cache <mc> \n",
                run("ip route get 239.1.2.3", 0));
    }

    @Test
    void inputTakesOnlyJoinedGroups() {
        setUp();
        assertEquals("multicast 224.0.0.1 from 172.20.1.10 dev lo rt_offload_failed \n    cache <local,mc> iif g0 \n",
                run("ip route get 224.0.0.1 from 172.20.1.10 iif g0", 0));
        assertEquals("RTNETLINK answers: Invalid argument\n", run("ip route get 224.0.0.5 from 172.20.1.10 iif g0", 2));
    }
}
