package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `ip -br addr` shows a point-to-point peer like the long form does (recorded on the oracle). */
class AddrBriefPeerTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void briefShowsPeer() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run(r, "ip tuntap add dev vpn-tunnel0 mode tun");
        run(r, "ip addr add 10.66.0.1/32 peer 10.66.0.2 dev vpn-tunnel0");
        assertEquals("vpn-tunnel0      DOWN           10.66.0.1 peer 10.66.0.2/32 \n", run(r, "ip -br addr show vpn-tunnel0"));
    }
}
