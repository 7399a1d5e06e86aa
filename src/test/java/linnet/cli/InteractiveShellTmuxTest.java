package linnet.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interactive shell as a person meets it: a real terminal (tmux), keys sent to it, the
 * screen read back. Skipped when tmux is not installed. Every wait polls the screen with a
 * deadline, so a slow machine makes the test slower, not flaky.
 */
class InteractiveShellTmuxTest {
    private static final long DEADLINE_MS = 15_000;
    private final String socket = "linnet-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private Path hist;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(onPath("tmux"), "tmux is not installed: the terminal test of linnet shell is skipped");
        hist = Files.createTempFile("linnet-history", "");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (hist == null) return;
        tmux("kill-server");
        Files.deleteIfExists(hist);
    }

    private static boolean onPath(String prog) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, prog))) return true;
        }
        return false;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Starts `linnet shell` in a fresh tmux session named {@code name}, with the test's history file. */
    private void start(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String root = Path.of("").toAbsolutePath().toString();
        String cp = root + "/target/classes:" + root + "/target/lib/*";
        String shell = "LINNET_HISTFILE='" + hist + "' '" + java + "' --enable-native-access=ALL-UNNAMED -cp '" + cp
                + "' linnet.cli.Main shell; sleep 60";
        tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "50", shell);
        screen(name, s -> lastLine(s).equals("root@linnet:~#"));
    }

    private void keys(String name, String... k) throws Exception {
        List<String> a = new ArrayList<>(List.of("send-keys", "-t", name));
        a.addAll(List.of(k));
        tmux(a.toArray(String[]::new));
    }

    /** Polls the screen until {@code ok} holds; fails with the screen after the deadline. */
    private String screen(String name, Predicate<String> ok) throws Exception {
        long end = System.currentTimeMillis() + DEADLINE_MS;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = tmux("capture-pane", "-p", "-t", name);
            if (ok.test(s)) return s;
            Thread.sleep(50);
        }
        throw new AssertionError("the screen never showed what was expected:\n" + s);
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void tabCompletesACommandADeviceAndANamespace() throws Exception {
        start("t");
        keys("t", "ethto", "Tab");
        screen("t", s -> lastLine(s).endsWith("# ethtool"));
        keys("t", "C-u", "ip link show et", "Tab");
        screen("t", s -> lastLine(s).endsWith("# ip link show eth0"));
        keys("t", "C-u", "ip netns add blue", "Enter");
        screen("t", s -> lastLine(s).equals("root@linnet:~#"));
        keys("t", "ip netns exec bl", "Tab");
        screen("t", s -> lastLine(s).endsWith("# ip netns exec blue"));
        keys("t", "C-u", "ip li", "Tab");
        screen("t", s -> lastLine(s).endsWith("# ip link"));
    }

    @Test
    void saveRefusesToWriteBinaryToTheTerminal() throws Exception {
        start("b");
        keys("b", "ip route save; echo rc=$?", "Enter");
        String s = screen("b", x -> x.contains("rc=1") && lastLine(x).equals("root@linnet:~#"));
        assertTrue(s.contains("Not sending a binary stream to stdout\nrc=1"), s);
        // into a file it is the stream (the magic, then the routes)
        keys("b", "ip route save > /tmp/f; wc -c < /tmp/f", "Enter");
        screen("b", x -> x.matches("(?s).*\n\\d+\n.*root@linnet:~#\\s*$"));
    }

    @Test
    void upRecallsTheHistoryOfAnEarlierSession() throws Exception {
        start("one");
        keys("one", "echo from-the-first-session", "Enter");
        screen("one", s -> s.contains("\nfrom-the-first-session"));
        keys("one", "C-d");
        screen("one", s -> s.contains("exit"));
        start("two");
        keys("two", "Up");
        screen("two", s -> lastLine(s).endsWith("# echo from-the-first-session"));
        keys("two", "C-u", "history", "Enter");
        String s = screen("two", x -> x.contains("    2  history"));
        assertTrue(s.contains("    1  echo from-the-first-session"), s);
    }

    @Test
    void ctrlCEndsAPingWithItsStatisticsAndThePromptReturns() throws Exception {
        start("p");
        keys("p", "ping 127.0.0.1", "Enter");
        screen("p", s -> s.contains("icmp_seq=2 "));
        keys("p", "C-c");
        String s = screen("p", x -> x.contains("--- 127.0.0.1 ping statistics ---") && lastLine(x).equals("root@linnet:~#"));
        assertTrue(s.contains("^C\n--- 127.0.0.1 ping statistics ---"), s);
        assertTrue(s.matches("(?s).*\\d+ packets transmitted, \\d+ received, 0% packet loss, time \\d+ms.*"), s);
        // iputils ping ends normally on SIGINT (replies came: 0); Ctrl-C on a half-typed line is bash's 130
        keys("p", "echo status=$?", "Enter");
        screen("p", x -> x.contains("\nstatus=0"));
        keys("p", "echo never");
        screen("p", x -> lastLine(x).endsWith("# echo never"));
        keys("p", "C-c");
        screen("p", x -> lastLine(x).equals("root@linnet:~#"));
        keys("p", "echo status=$?", "Enter");
        screen("p", x -> x.contains("\nstatus=130"));
    }

    @Test
    void aNestedShellShowsItsNamespaceAndExitReturns() throws Exception {
        start("n");
        keys("n", "ip netns add red", "Enter");
        keys("n", "ip netns exec red bash", "Enter");
        screen("n", s -> lastLine(s).equals("(red) root@linnet:~#"));
        // the nested shell runs in red: only its lo, and Tab completes red's devices
        keys("n", "ip -br link | wc -l", "Enter");
        screen("n", s -> s.contains("\n1\n(red) root@linnet:~#"));
        keys("n", "ip link show l", "Tab");
        screen("n", s -> lastLine(s).endsWith("# ip link show lo"));
        keys("n", "C-u", "exit 7", "Enter");
        screen("n", s -> lastLine(s).equals("root@linnet:~#"));
        keys("n", "echo back=$?", "Enter");
        screen("n", s -> s.contains("\nback=7"));
    }
}
