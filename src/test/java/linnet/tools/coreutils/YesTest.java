package linnet.tools.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** yes against GNU coreutils 9.1 (outputs checked with the real yes under bash -c). */
class YesTest {
    private static String run(String line) {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        r.finish();
        return buf.toString(StandardCharsets.UTF_8) + "[exit " + rc + "]\n";
    }

    @Test
    void aReaderThatStopsEndsIt() {
        assertEquals("y\ny\ny\n[exit 0]\n", run("yes | head -3"));
        assertEquals("a b\na b\n[exit 0]\n", run("yes a b | sed 2q"));
        assertEquals("y\n141 141 0\n[exit 0]\n", run("set -o pipefail; yes | head -1; echo $? ${PIPESTATUS[@]}"));
        assertEquals("a b\n[exit 0]\n", run("yes a -- b | head -1"));
    }

    @Test
    void theBoundIsWholeLines() {
        assertEquals((Yes.LIMIT / 2) + "\n[exit 0]\n", run("yes | wc -l"));
        assertEquals(Yes.LIMIT / 4 * 4 + "\n[exit 0]\n", run("yes abc | wc -c"));
    }

    @Test
    void badOptionsAreGetoptLongs() {
        assertEquals("yes: invalid option -- 'x'\nTry 'yes --help' for more information.\n[exit 1]\n", run("yes -x"));
        assertEquals("yes: unrecognized option '--foo'\nTry 'yes --help' for more information.\n[exit 1]\n", run("yes --foo"));
        assertEquals("Usage: yes [STRING]...\n[exit 0]\n", run("yes --he | head -1"));
    }
}
