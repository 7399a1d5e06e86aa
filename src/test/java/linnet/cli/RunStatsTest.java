package linnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `linnet run --stats`: the script's own output, then one line of figures that follow the script. */
class RunStatsTest {
    private static final Pattern LINE = Pattern.compile("linnet: stats: (\\d+) command lines, [0-9.]+ s wall, "
            + "([0-9.]+) s virtual, (\\d+) network namespaces, heap after GC (\\d+) bytes \\((\\d+) before the machine "
            + "was made\\), [0-9.-]+ s CPU of the JVM\n");

    private static Matcher run(Path dir, String script) throws Exception {
        Path f = dir.resolve("s.sh");
        Files.writeString(f, script);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"run", "--bare", "--stats", f.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc);
        Matcher m = LINE.matcher(err.toString(StandardCharsets.UTF_8));
        assertTrue(m.matches(), err.toString(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void countsLinesNamespacesAndVirtualTime(@TempDir Path dir) throws Exception {
        Matcher m = run(dir, "# a comment\n\nip netns add a\nip netns add b\nsleep 2\n");
        assertEquals("3", m.group(1));
        assertEquals("3", m.group(3), "the root namespace and two more");
        assertTrue(Double.parseDouble(m.group(2)) >= 2.0, "sleep 2 took two virtual seconds");
        assertTrue(Long.parseLong(m.group(4)) > 0 && Long.parseLong(m.group(5)) > 0);
    }

    @Test
    void heapGrowsWithWhatTheScriptMade(@TempDir Path dir) throws Exception {
        Matcher small = run(dir, "true\n");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 300; i++) big.append("ip netns add n").append(i).append('\n');
        Matcher large = run(dir, big.toString());
        long grown = Long.parseLong(large.group(4)) - Long.parseLong(large.group(5));
        long base = Long.parseLong(small.group(4)) - Long.parseLong(small.group(5));
        assertTrue(grown - base > 300 * 1024, "300 namespaces retain more than 1 KiB each: " + grown + " vs " + base);
    }
}
