package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** /proc/net/if_inet6 (if6_seq_show) per namespace: address, ifindex, prefix length, IPV6_ADDR scope, flags, device. */
class ProcNetIfInet6Test {
    private final ScriptRunner sh = new ScriptRunner(new Lab(2, Lab.Profile.BARE));

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scopesAndFlags() {
        run("ip netns add a");
        assertEquals("", run("ip netns exec a cat /proc/net/if_inet6"));
        run("ip -n a link set lo up");
        run("ip -n a link add x0 type veth peer name x1");
        run("ip -n a addr add fe80::5/64 dev x0 nodad");
        run("ip -n a addr add 2001:db8::5/48 dev x0");
        assertEquals("00000000000000000000000000000001 01 80 10 80       lo\n"
                + "fe800000000000000000000000000005 03 40 20 82       x0\n"
                + "20010db8000000000000000000000005 03 30 00 c0       x0\n",
                run("ip netns exec a cat /proc/net/if_inet6 | sort -k6,6 -k4,4r"));
        assertEquals("Num       RefCount Protocol Flags    Type St Inode Path\n", run("cat /proc/net/unix"));
    }
}
