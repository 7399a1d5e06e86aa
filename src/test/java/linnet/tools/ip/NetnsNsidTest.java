package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ip netns set (rtnl_net_newid's errors), list-id with target-nsid / nsid, JSON, identify. */
class NetnsNsidTest {
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
        run("ip netns add a");
        run("ip netns add b");
        run("ip netns add c");
        run("ip netns set a 5");
    }

    @Test
    void aPeerWithAnIdIsRefusedEvenForAuto() {
        assertEquals("Error: The specified nsid is already used.\n", run("ip netns set b 5"));
        assertEquals(2, rc);
        assertEquals("Error: Peer netns already has a nsid assigned.\n", run("ip netns set a 7"));
        assertEquals("Error: Peer netns already has a nsid assigned.\n", run("ip netns set a auto"));
        assertEquals("", run("ip netns set b 0x10"));
        assertEquals("nsid 5 (iproute2 netns name: a)\nnsid 16 (iproute2 netns name: b)\n", run("ip netns list-id"));
    }

    @Test
    void argumentErrorsAndTheirExitCodes() {
        assertEquals("No nsid specified\n", run("ip netns set a"));
        assertEquals(1, rc);
        assertEquals("Error: argument \"2147483648\" is wrong: Invalid \"netnsid\" value\n", run("ip netns set a 2147483648"));
        assertEquals(255, rc);
        assertEquals("Cannot open network namespace \"x\": No such file or directory\n", run("ip netns set x 1"));
        assertEquals(1, rc);
    }

    @Test
    void listIdFromATargetNamespacesView() {
        run("ip -n a netns set b 3");
        run("ip netns set c auto");
        run("ip -n a netns set c auto");
        assertEquals("nsid 0 current-nsid 0 (iproute2 netns name: c)\nnsid 3 current-nsid unassigned \n",
                run("ip netns list-id target-nsid 5"));
        assertEquals("nsid unassigned current-nsid 5 (iproute2 netns name: a)\n", run("ip netns list-id nsid 5 target-nsid 5"));
        assertEquals("Error: Peer netns reference is invalid.\n", run("ip netns list-id nsid 9"));
        assertEquals(2, rc);
        assertEquals("Error: Invalid target network namespace id.\nDump terminated\n", run("ip netns list-id target-nsid 9"));
        assertEquals(1, rc);
        assertEquals("[{\"nsid\":0,\"current-nsid\":0,\"name\":\"c\"},{\"nsid\":3}]\n", run("ip -j netns list-id target-nsid 5"));
    }

    @Test
    void listAsJsonAndIdentify() {
        assertEquals("[ {\n        \"name\": \"c\"\n    },{\n        \"name\": \"b\"\n    },{\n        \"name\": \"a\",\n        \"id\": 5\n    } ]\n",
                run("ip -j -p netns list"));
        assertEquals("\n", run("ip netns identify"));
        assertEquals("b\n", run("ip -n b netns identify"));
        assertEquals("extra arguments specified\n", run("ip netns identify 1 2"));
    }

    /** 337: a veth end leaving a namespace makes it number the peer's namespace, then the target. */
    @Test
    void movesNumberThePeersNamespaceFirst() {
        run("ip link add vh type veth peer name vc netns b");
        run("ip -n b link set vc netns c");
        // b numbered root (creation), then the target c
        run("ip link set vh netns b");
        // root numbered c (the peer's namespace) while vh left
        assertEquals(true, run("ip netns list").contains("c (id: "));
        run("ip -n c link set vc netns a");
        String ids = run("ip -n c netns list-id");
        assertEquals(true, ids.indexOf("name: b") < ids.indexOf("name: a") && ids.indexOf("name: a") > 0, ids);
    }
}
