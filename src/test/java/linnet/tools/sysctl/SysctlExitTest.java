package linnet.tools.sysctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** procps 4.0.2's exit status: failed reads add up, failed writes are ORed in (recorded on the oracle, scenario 273). */
class SysctlExitTest {
    private final ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
    private final PrintStream p = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void readsAddUp() {
        assertEquals(3, r.runLine("sysctl a.b c.d e.f", p, p));
        assertEquals(1, r.runLine("sysctl a.b net.ipv4.ip_forward", p, p));
    }

    @Test
    void writesAreOred() {
        assertEquals(1, r.runLine("sysctl -w a.b=1 c.d=2", p, p));
        assertEquals(1, r.runLine("sysctl a.b c.d=2", p, p));
        assertEquals(2, r.runLine("sysctl c.d=2 a.b", p, p));
        assertEquals(3, r.runLine("sysctl a.b e.f c.d=1", p, p));
        assertEquals(1, r.runLine("sysctl -w x.y z.w", p, p));
    }
}
