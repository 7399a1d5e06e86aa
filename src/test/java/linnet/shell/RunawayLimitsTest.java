package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/**
 * What bounds a program that never stops asking for more (740-limits-recursion-size): a bash whose
 * recursion has no end overflows its stack and dies of SIGSEGV as Linux's does, dash stops at its
 * nesting limit, and the runner goes on with the next line.
 */
class RunawayLimitsTest {
    private final ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
    private final ByteArrayOutputStream b = new ByteArrayOutputStream();
    private final PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);

    private String run(String line, int rc) {
        b.reset();
        assertEquals(rc, r.runLine(line, p, p), line + "\n" + b);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChildBashWithoutEndToItsRecursionDiesOfSigsegvAndItsParentSaysSo() {
        String out = run("bash -c 'f() { f; }; f'; echo $?", 0);
        assertTrue(out.matches("/bin/bash: line 1: +\\d+ Segmentation fault      bash -c 'f\\(\\) \\{ f; \\}; f'\n139\n"), out);
        // each pipeline of an and-or list is a job of its own
        out = run("bash -c 'g() { g; }; g' && echo no || echo rc $?", 0);
        assertTrue(out.matches("/bin/bash: line 1: +\\d+ Segmentation fault      bash -c 'g\\(\\) \\{ g; \\}; g'\nrc 139\n"), out);
    }

    @Test
    void theLinesOwnShellDiesSilentlyAndTheNextLineRuns() {
        assertEquals("", run("f() { f; }; f", 139));
        assertEquals("next\n", run("echo next", 0));
    }

    @Test
    void dashStopsAtDepthOneThousand() {
        assertEquals("sh: 1: Maximum function recursion depth (1000) reached\n1000\n",
                run("sh -c 'f() { n=$((n+1)); echo $n >/tmp/d; f; }; f'; cat /tmp/d", 0));
        assertEquals("sh: 1: Maximum function recursion depth (1000) reached\nafter 2\n", run("sh -c 'f() { f; }; (f); echo after $?'", 0));
    }

    @Test
    void recursionInsideAPipelineStageEndsThatStageOnly() {
        String out = run("bash -c 'f() { f; }; f' | cat; echo ${PIPESTATUS[@]}", 0);
        assertFalse(out.contains("internal error"), out);
        assertTrue(out.endsWith("139 0\n"), out);
    }
}
