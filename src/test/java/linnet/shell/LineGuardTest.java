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

    /** Programs that compute without waiting are guarded too: a sed script that branches forever. */
    @Test
    void aSedBranchLoopIsStopped() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        r.setLineTimeoutMs(200);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(124, r.runLine("echo x | sed ':a; ba'", p, p));
        assertTrue(b.toString(StandardCharsets.UTF_8).startsWith("linnet: stopped after 200 ms"), b.toString(StandardCharsets.UTF_8));
    }

    /**
     * A fork bomb meets the lab's process limit: bash's "fork: retry" texts, the script goes on
     * and the JVM keeps its memory.
     */
    @Test
    void aForkBombMeetsTheProcessLimit() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runScript("f(){ f | f & }; f\necho after\n", "t.sh", p, p);
        r.finish();
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("t.sh: line 1: fork: retry: Resource temporarily unavailable\n"), out.substring(0, Math.min(300, out.length())));
        assertTrue(out.contains("after\n"), "the script goes on");
    }
}
