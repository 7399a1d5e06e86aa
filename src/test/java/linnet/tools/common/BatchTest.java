package linnet.tools.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** iproute2's batch reader (lib/utils.c): comments, continuations, quotes, line numbers, -force, exit vs return. */
class BatchTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(2, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The argv lists a batch text gives, and what it printed, through Batch.run over standard input. */
    private static List<List<String>> lines(String text, StringBuilder err, boolean force, int failOn) {
        Lab lab = new Lab(2, Lab.Profile.BARE);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        Ctx ctx = new Ctx(lab.main.host, lab.main.host.kernel().initNet(), null, p, p, null,
                text.getBytes(StandardCharsets.UTF_8));
        List<List<String>> got = new ArrayList<>();
        Batch.run(ctx, "-", force, argv -> {
            got.add(argv);
            return got.size() == failOn ? 1 : 0;
        });
        err.append(b.toString(StandardCharsets.UTF_8));
        return got;
    }

    @Test
    void commentsBlankLinesContinuationsAndQuotes() {
        StringBuilder err = new StringBuilder();
        var got = lines("# only a comment\n\n \t\nlink show lo # why\n\"a b\"c 'd\"e' x\"y\n"
                + "route \\\nshow # c \\\nmore\nlast", err, false, 0);
        // a comment in a continuation line cuts its backslash off too, so "more" is a line of its own
        assertEquals(List.of(List.of("link", "show", "lo"), List.of("a b", "c", "d\"e", "x\"y"),
                List.of("route", "show"), List.of("more"), List.of("last")), got);
        assertEquals("", err.toString());
    }

    @Test
    void emptyQuotesAreAnEmptyWord() {
        var got = lines("set '' x\n", new StringBuilder(), false, 0);
        assertEquals(List.of(List.of("set", "", "x")), got);
    }

    @Test
    void failureNamesTheLastPhysicalLineAndStopsUnlessForced() {
        StringBuilder err = new StringBuilder();
        var got = lines("a\n\nb \\\n c\nd\n", err, false, 2);
        assertEquals(2, got.size());
        assertEquals("Command failed -:4\n", err.toString());
        err.setLength(0);
        got = lines("a\n\nb \\\n c\nd\n", err, true, 2);
        assertEquals(3, got.size());
        assertEquals("Command failed -:4\n", err.toString());
    }

    @Test
    void missingContinuationEndsTheBatchQuietly() {
        StringBuilder err = new StringBuilder();
        var got = lines("a\nb \\\n", err, false, 0);
        assertEquals(List.of(List.of("a")), got);
        assertEquals("Missing continuation line\n", err.toString());
    }

    @Test
    void ipBatchFromAFileAndItsErrors() {
        run("printf 'link show lo\\nlink show nosuch\\nlink show lo\\n' > /tmp/b");
        String out = run("ip -o -batch /tmp/b");
        assertEquals(1, rc);
        assertEquals("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\"
                + "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
                + "Device \"nosuch\" does not exist.\nCommand failed /tmp/b:2\n", out);
        assertEquals("Cannot open file \"/tmp/none\" for reading: No such file or directory\n", run("ip -batch /tmp/none"));
        assertEquals(1, rc);
        assertEquals("", run("ip -batch /tmp"));
        assertEquals(0, rc);
    }

    @Test
    void anExitInsideACommandEndsTheWholeBatch() {
        String out = run("printf 'link set lo mtu\\nlink show nosuch\\n' | ip -force -batch -");
        assertEquals("Command line is not complete. Try option \"help\"\n", out);
        assertEquals(255, rc);
        assertEquals("Unterminated quoted string\n", run("printf 'link show \"lo\\n' | ip -b -"));
        assertEquals(1, rc);
    }

    @Test
    void batchDumpsAreNotStrict() {
        // a table that does not exist is an error for one command, an empty listing in a batch
        assertEquals("Error: ipv4: FIB table does not exist.\nDump terminated\n", run("ip route show table 200"));
        assertEquals(2, rc);
        assertEquals("", run("echo 'route show table 200' | ip -batch -"));
        assertEquals(0, rc);
    }

    @Test
    void bridgeBatch() {
        assertEquals("Object \"bogus\" is unknown, try \"bridge help\".\nCommand failed -:1\n",
                run("printf 'bogus\\nlink show\\n' | bridge -batch -"));
        assertEquals(1, rc);
    }
}
