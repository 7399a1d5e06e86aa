package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** linnet diff without a kernel: normalizing both sides and tying each hunk to its script line. */
class DiffCommandTest {
    private static final String SCRIPT = """
            # a header comment
            ip link add veth0 type veth peer name veth1

            ip link show veth0
            ip netns add a
            ip netns list
            """;

    /** What the kernel printed: MACs and an ifindex-free line, as run-kernel writes a raw transcript. */
    private static String kernel(String extra) {
        return "$ ip link add veth0 type veth peer name veth1\n"
                + "$ ip link show veth0\n"
                + "3: veth0@veth1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n"
                + "    link/ether 6a:1f:00:aa:bb:cc brd ff:ff:ff:ff:ff:ff\n"
                + "$ ip netns add a\n"
                + "$ ip netns list\n"
                + extra;
    }

    private record Run(int rc, String out, String err) {}

    private static Run compare(String raw, Path record) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = DiffCommand.compare(SCRIPT, "t", 1, s -> raw, record,
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKernelTranscriptThatLinnetReproducesGivesNoDiffAndExitZero() {
        // the random MAC differs from linnet's: the normalizer masks it on both sides
        Run r = compare(kernel("a\n"), null);
        assertEquals("", r.out, r.out);
        assertEquals(0, r.rc);
    }

    @Test
    void aDifferenceIsShownUnderTheScriptLineThatPrintedIt() {
        Run r = compare(kernel("a (id: 0)\n"), null);
        assertEquals(1, r.rc);
        List<String> lines = r.out.lines().toList();
        assertEquals("--- kernel/t", lines.get(0));
        assertEquals("+++ linnet/t", lines.get(1));
        assertTrue(lines.get(2).startsWith("@@ ") && lines.get(2).endsWith(" @@ line 6: ip netns list"), lines.get(2));
        assertTrue(lines.contains("-a (id: 0)") && lines.contains("+a"), r.out);
    }

    @Test
    void changesUnderDifferentCommandsGetHunksOfTheirOwn() {
        String script = "echo 1\necho 2\n#\necho 3\n";
        String kernel = "$ echo 1\none\n$ echo 2\n2\n$ echo 3\nthree\n";
        String linnet = "$ echo 1\n1\n$ echo 2\n2\n$ echo 3\n3\n";
        List<String> d = DiffCommand.diff(script, kernel, linnet, "t");
        List<String> heads = d.stream().filter(l -> l.startsWith("@@")).toList();
        assertEquals(2, heads.size(), String.join("\n", d));
        assertTrue(heads.get(0).endsWith("line 1: echo 1"), heads.get(0));
        assertTrue(heads.get(1).endsWith("line 4: echo 3"), heads.get(1));
    }

    @Test
    void outputMissingAtTheEndBelongsToTheLastCommand() {
        String script = "echo 1\necho 2\n";
        List<String> d = DiffCommand.diff(script, "$ echo 1\n1\n$ echo 2\n2\n", "$ echo 1\n1\n$ echo 2\n", "t");
        assertTrue(d.get(2).endsWith("line 2: echo 2"), d.get(2));
        // and output linnet adds after a command belongs to that command
        d = DiffCommand.diff(script, "$ echo 1\n$ echo 2\n2\n", "$ echo 1\nextra\n$ echo 2\n2\n", "t");
        assertTrue(d.get(2).endsWith("line 1: echo 1"), d.get(2));
    }

    @Test
    void outputThatLooksLikeACommandLineDoesNotStartABlock() {
        List<ScriptLines.Line> cmds = ScriptLines.commands("echo '$ x'\necho b\n");
        int[] blocks = ScriptLines.blocks("$ echo '$ x'\n$ x\n$ echo b\nb\n", cmds);
        // line 1 is output of the first command, line 2 the second command's own line
        assertEquals(List.of(0, 0, 1, 1), java.util.Arrays.stream(blocks).boxed().toList());
    }

    @Test
    void recordWritesTheKernelSideAsAScenario(@TempDir Path dir) throws Exception {
        Run r = compare(kernel("a\n"), dir);
        assertEquals(0, r.rc, r.err);
        assertEquals(SCRIPT, Files.readString(dir.resolve("scenarios/t.sh")));
        assertEquals(kernel("a\n"), Files.readString(dir.resolve("raw/t.txt")));
        assertEquals(Normalizer.normalize(kernel("a\n")), Files.readString(dir.resolve("expected/t.out")));
        assertTrue(Files.readString(dir.resolve("expected/t.out")).contains("link/ether MAC1"));
    }

    @Test
    void theProgramsAScriptNeedsIncludeThoseRunInsideANamespace() {
        assertEquals(List.of("ip", "ping", "iptables", "cat"), List.copyOf(KernelRunner.programsUsed(
                "ip netns add a\nip netns exec a ping -c 1 10.0.0.1\n# iptables -L\nip -all netns exec iptables -L\n/bin/cat x\n")));
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        assertEquals(2, DiffCommand.run(List.of(), System.out, err));
        assertEquals(2, DiffCommand.run(List.of("--seed", "x", "f.sh"), System.out, err));
        assertEquals(2, DiffCommand.run(List.of("/nonexistent/script.sh"), System.out, err));
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("cannot read /nonexistent/script.sh"));
    }
}
