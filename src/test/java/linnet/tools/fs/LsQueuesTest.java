package linnet.tools.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** GNU ls over several operands, and a device's queues/ directory (recorded on the oracle as 321). */
class LsQueuesTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(rc, sh.runLine(line, p, p), line);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filesThenDirectoriesUnderHeaders() {
        run("ip link add eth0 type veth peer veth1", 0);
        assertEquals("rx-0\ntx-0\n", run("ls /sys/class/net/eth0/queues", 0));
        assertEquals("ls: cannot access '/sys/class/net/nosuch': No such file or directory\n"
                + "/sys/class/net/eth0/mtu\n\n/sys/class/net/eth0/queues/rx-0:\nrps_cpus\nrps_flow_cnt\n",
                run("ls /sys/class/net/eth0/queues/rx-0 /sys/class/net/nosuch /sys/class/net/eth0/mtu", 2));
        assertEquals("ls: cannot access '/sys/class/net/eth0/queues/rx-1': No such file or directory\n",
                run("ls /sys/class/net/eth0/queues/rx-1", 2));
    }

    @Test
    void queueFilesReadWrite() {
        run("ip link add eth0 type veth peer veth1", 0);
        assertEquals("0\n", run("cat /sys/class/net/eth0/queues/tx-0/xps_cpus", 0));
        run("echo 1 > /sys/class/net/eth0/queues/tx-0/xps_cpus", 0);
        assertEquals("1\n", run("cat /sys/class/net/eth0/queues/tx-0/xps_cpus", 0));
        assertEquals("/bin/bash: line 1: /sys/class/net/eth0/queues/tx-0/tx_timeout: Permission denied\n",
                run("echo 5 > /sys/class/net/eth0/queues/tx-0/tx_timeout", 1));
    }
}
