package linnet.tools.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** conntrack 1.4.7: an empty listing succeeds, a delete that matched nothing exits 1 (recorded on the oracle). */
class ConntrackExitTest {
    @Test
    void emptyDeleteFails() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(0, r.runLine("conntrack -L", p, p));
        assertEquals(1, r.runLine("conntrack -D -p icmp", p, p));
        assertEquals("conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n"
                + "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.\n", b.toString(StandardCharsets.UTF_8));
    }

    /** 336: -G's required options in conntrack-tools' order, and a missing entry. */
    @Test
    void getNeedsItsKeys() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(2, r.runLine("conntrack -G", p, p));
        assertEquals(2, r.runLine("conntrack -G -p tcp --sport 1 --dport 2", p, p));
        assertEquals(2, r.runLine("conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8", p, p));
        assertEquals(1, r.runLine("conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2", p, p));
        String out = b.toString(StandardCharsets.UTF_8);
        String h = "Try `conntrack -h' or 'conntrack --help' for more information.\n";
        assertEquals("conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command\n" + h
                + "conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'\n" + h
                + "conntrack v1.4.7 (conntrack-tools): You need to supply the `--icmp-code' option for this command\n" + h
                + "conntrack v1.4.7 (conntrack-tools): Operation failed: such conntrack doesn't exist\n", out);
    }
}
