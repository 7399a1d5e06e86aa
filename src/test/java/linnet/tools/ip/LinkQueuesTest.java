package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** The queue counts and TSO limit `ip -d link` shows per device type, as recorded on the kernel. */
class LinkQueuesTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void has(String out, String part) { assertTrue(out.contains(part), out); }

    @Test
    void queuesAndTsoLimits() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        has(run(r, "ip -d link show lo"), "numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 ");
        run(r, "ip link add br9 type bridge");
        run(r, "ip link add v0 type veth peer name v1");
        run(r, "ip tuntap add dev tp0 mode tap");
        run(r, "ip tuntap add dev tq0 mode tap multi_queue");
        // a new bridge keeps the legacy TSO limit until its first port
        has(run(r, "ip -d link show br9"), "numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 ");
        // veth: one queue per possible CPU (2 on the oracle)
        has(run(r, "ip -d link show v0"), "numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 ");
        has(run(r, "ip -d link show tp0"), "numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 ");
        has(run(r, "ip -d link show tq0"), "numtxqueues 256 numrxqueues 256 ");
        // print_flags names multi_queue between vnet_hdr and persist
        has(run(r, "ip tuntap show"), "tq0: tap multi_queue persist\n");
        // br_set_gso_limits: the smallest port limit, TSO_MAX_SIZE with no port
        run(r, "ip link set v1 master br9");
        has(run(r, "ip -d link show br9"), "tso_max_size 524280 ");
        run(r, "ip link set tp0 master br9");
        has(run(r, "ip -d link show br9"), "tso_max_size 65536 ");
        run(r, "ip link set tp0 nomaster");
        run(r, "ip link set v1 nomaster");
        has(run(r, "ip -d link show br9"), "tso_max_size 524280 ");
    }
}
