package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/**
 * `ip netns exec NS bash` in a script: the nested shell reads the lines after it (as when the
 * notes are typed or pasted into a terminal) until exit, and the outer shell goes on after them.
 */
class NestedShellTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String script) {
        var runner = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int rc = runner.runScript(script, "t.sh", o, e);
        runner.finish();
        return rc;
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void theNestedShellReadsTheFollowingLinesInItsNamespaceUntilExit() {
        int rc = run("""
                ip netns add ns0
                ip link add v0 type veth peer name v1
                ip netns exec ns0 bash
                ip -br link | wc -l
                echo in $(ip netns identify $$)
                exit 4
                echo out $? $(ip -br link | wc -l)
                """);
        assertEquals(0, rc);
        assertEquals("1\nin ns0\nout 4 3\n", out());
    }

    @Test
    void itsMessagesAreThoseOfBashReadingStandardInputAndACompoundCommandSpansLines() {
        run("""
                ip netns add ns0
                ip netns exec ns0 bash
                nosuch
                for i in a b; do
                  echo $i
                done
                """);
        assertEquals("a\nb\n", out());
        assertEquals("bash: nosuch: command not found\n", err());
    }

    @Test
    void theEndOfTheScriptEndsTheNestedShellsToo() {
        int rc = run("""
                ip netns add a
                ip netns add b
                ip netns exec a bash
                ip netns exec b bash
                ip netns identify $$
                """);
        assertEquals(0, rc);
        assertEquals("b\n", out());
    }

    @Test
    void aNestedShellWithItsInputRedirectedReadsThatInstead() {
        run("""
                ip netns add a
                echo 'ip netns identify $$' | ip netns exec a bash
                ip netns exec a bash < /dev/null
                ip netns identify $$
                """);
        assertEquals("a\n\n", out());
    }

    @Test
    void aBackgroundShellReadsNothing() {
        run("""
                ip netns add a
                ip netns exec a bash &
                wait
                echo still here $(ip netns identify $$)
                """);
        assertEquals("still here\n", out());
    }

    @Test
    void theNestedShellSeesTheNamespacesEtcBinds() {
        run("""
                mkdir -p /etc/netns/b
                echo nameserver 9.9.9.9 > /etc/netns/b/resolv.conf
                ip netns add b
                ip netns exec b bash
                cat /etc/resolv.conf
                exit
                grep -c 9.9.9.9 /etc/resolv.conf
                """);
        assertEquals("nameserver 9.9.9.9\n0\n", out());
    }

    @Test
    void aShellTakesTheHostNameWhenItStarts() {
        run("""
                hostname lab1
                bash -c 'echo $HOSTNAME'
                echo $HOSTNAME
                """);
        assertEquals("lab1\nlinnet\n", out());
    }
}
