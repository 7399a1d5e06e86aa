package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/** The wall-clock guard ends a line that never ends (status 124, one notice) and the script goes on. */
class LineGuardTest {
    @Test
    void anEndlessLoopIsStoppedAndTheNextLineRuns() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        r.setLineTimeoutMs(200);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(124, r.runLine("while :; do :; done", p, p));
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("linnet: stopped after 200 ms of real time"), out);
        assertEquals(1, out.lines().count(), out);
        b.reset();
        assertEquals(0, r.runLine("echo next", p, p));
        assertEquals("next\n", b.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWholeScriptGoesOnAfterTheStoppedCommand() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        r.setLineTimeoutMs(200);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runScript("i=0\nwhile :; do i=$((i+1)); done\necho status $?\n", "t.sh", p, p);
        assertEquals(0, rc);
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("linnet: stopped after") && out.endsWith("status 124\n"), out);
    }
}
