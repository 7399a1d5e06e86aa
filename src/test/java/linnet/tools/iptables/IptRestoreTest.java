package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** iptables-restore 1.8.9 (nf_tables): its command line and what --noflush keeps (recorded on the oracle). */
class IptRestoreTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(6, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noflushAppendsToBuiltinChainsButFlushesDeclaredUserChains() {
        for (String l : new String[] {"iptables -N WEB", "iptables -A INPUT -p tcp --dport 80 -j WEB",
                "iptables -A WEB -s 10.0.0.0/8 -j ACCEPT", "iptables -A WEB -j DROP"}) {
            run(l);
            assertEquals(0, rc, l);
        }
        run("iptables-save -t filter | iptables-restore -n");
        assertEquals(0, rc);
        assertEquals("-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-N WEB\n"
                + "-A INPUT -p tcp -m tcp --dport 80 -j WEB\n-A INPUT -p tcp -m tcp --dport 80 -j WEB\n"
                + "-A WEB -s 10.0.0.0/8 -j ACCEPT\n-A WEB -j DROP\n", run("iptables -S"));
        // without -n the table is replaced
        run("iptables-save | iptables-restore");
        assertEquals(3, run("iptables -S INPUT").split("\n").length); // the policy and the same two rules
    }

    @Test
    void commandLine() {
        assertEquals("", run("iptables-restore"));
        assertEquals(0, rc);
        assertTrue(run("iptables-restore -h").startsWith(
                "Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n\t   [ --counters ]\n"));
        assertEquals(0, rc);
        assertEquals("iptables-restore: unrecognized option '--bogus'\nTry `iptables-restore -h' for more information.\n",
                run("iptables-restore --bogus"));
        assertEquals(1, rc);
        assertEquals("iptables-restore: invalid option -- 'x'\nTry `iptables-restore -h' for more information.\n",
                run("iptables-restore -x"));
        assertEquals("Unknown arguments found on commandline\n", run("iptables-restore a b"));
        assertEquals("Can't open /nonexistent: No such file or directory\n", run("iptables-restore --table=nat /nonexistent"));
        assertEquals("iptables-restore: line 1 failed\n", run("echo COMMIT | iptables-restore"));
        assertEquals(1, rc);
    }
}
