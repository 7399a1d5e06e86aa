package linnet.tools.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** sed reading FILE operands of the emulated machine, and as the right side of a pipe. */
class SedFilesTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(rc, sh.runLine(line, p, p), line);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filesAreOneStreamInOrder() {
        assertEquals("1\n0\n", run("sed = /proc/sys/net/ipv4/ip_forward", 0));
        // the missing file is reported and skipped; the others are one stream (two lines, $ is the second)
        assertEquals("sed: can't read /nosuch: No such file or directory\n1:0\n2\n",
                run("sed -n -e 1s/^/1:/p -e $= /nosuch /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/ip_forward", 2));
    }

    @Test
    void relativeNamesStartAtTheWorkingDirectory() {
        assertEquals("sed: can't read nosuch: No such file or directory\n", run("sed p nosuch", 2));
    }

    @Test
    void pipeInput() {
        assertEquals("lo\n", run("ip -o link show | sed -n 's/^[0-9]*: \\([^:]*\\):.*/\\1/p'", 0));
    }
}
