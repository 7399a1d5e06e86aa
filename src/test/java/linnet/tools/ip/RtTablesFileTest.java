package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** lib/rt_names.c: the names ip reads from /etc/iproute2 of the emulated machine, and its parse rules. */
class RtTablesFileTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(2, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTableAppendedToRtTablesIsUsedBothWays() {
        assertEquals("", run("echo '100 custom' >> /etc/iproute2/rt_tables"));
        assertEquals("", run("ip route add blackhole 10.5.0.0/16 table custom"));
        assertEquals("blackhole 10.5.0.0/16 \n", run("ip route show table custom"));
        assertEquals("blackhole 10.5.0.0/16 table custom \n", run("ip route show table all | grep 10.5"));
        run("ip rule add from 10.5.0.1 lookup custom");
        assertEquals("32765:\tfrom 10.5.0.1 lookup custom\n", run("ip rule | grep 10.5"));
        assertEquals("32765:\tfrom 10.5.0.1 lookup 100\n", run("ip -N rule | grep 10.5"));
        // the shipped names come from the same file
        assertEquals("0\n", run("ip route show table unspec >/dev/null; echo $?"));
    }

    @Test
    void parseRules() {
        assertEquals(new RtNames.Entry(0x1268, "hex"), RtNames.idName("0x1268\thex # c\n"));
        assertEquals(new RtNames.Entry(7, "glued"), RtNames.idName("7glued\n"));
        assertEquals(new RtNames.Entry(-1, "neg"), RtNames.idName("-1 neg\n"));
        // "0x" that is no hex number falls through to %d: 0 and the rest of the word
        assertEquals(new RtNames.Entry(0, "xzz"), RtNames.idName("0xzz name\n"));
        assertNull(RtNames.idName("100\n"));
        assertNull(RtNames.idName("name 100\n"));
    }

    @Test
    void corruptedLinesNewestNamesAndConfFilesOnly() {
        run("printf '4713 ok1\\nbroken line\\n4714 ok2\\n' > /etc/iproute2/rt_tables.d/y.conf");
        run("echo '4715 ignored' > /etc/iproute2/rt_tables.d/x.txt");
        run("echo '4713 newer' > /etc/iproute2/rt_tables.d/z.conf");
        run("ip route add blackhole 10.6.0.0/16 table 4713");
        assertEquals("Database /etc/iproute2/rt_tables.d/y.conf is corrupted at broken line\n\n"
                + "blackhole 10.6.0.0/16 table newer \n", run("ip route show table all | grep 10.6"));
        assertEquals("Database /etc/iproute2/rt_tables.d/y.conf is corrupted at broken line\n\n"
                + "Error: argument \"ok2\" is wrong: table id value is invalid\n\n", run("ip route show table ok2"));
        assertEquals(255, rc);
        assertEquals("Database /etc/iproute2/rt_tables.d/y.conf is corrupted at broken line\n\n"
                + "Error: argument \"ignored\" is wrong: \"table\" value is invalid\n\n",
                run("ip route add blackhole 10.7.0.0/16 table ignored"));
    }

    @Test
    void protocolsAndDsfieldNamesFromTheirFiles() {
        run("echo '77 myproto' > /etc/iproute2/rt_protos.d/my.conf");
        run("ip route add blackhole 10.8.0.0/16 proto myproto");
        assertEquals("blackhole 10.8.0.0/16 proto myproto \n", run("ip route show 10.8.0.0/16"));
        assertEquals("6 10.8.0.0/16 proto 77 \n", run("ip -N route show 10.8.0.0/16"));
        // AF11 is rt_dsfield's 0x28: a name that reaches the kernel, which refuses it for IPv4 rules
        assertEquals("Error: Invalid tos.\n", run("ip rule add tos AF11 lookup main pref 100"));
    }

    @Test
    void numericTypesAndTheDumpsTableOrder() {
        run("echo '4711 big' >> /etc/iproute2/rt_tables");
        run("ip route add blackhole 10.1.0.0/16");
        run("ip route add blackhole 10.2.0.0/16 table big");
        // inet_dump_fib walks the table hash by id & 255: 4711 (slot 103) before main (254)
        assertEquals("blackhole 10.2.0.0/16 table big \nblackhole 10.1.0.0/16 \n", run("ip route show table all | grep 10\\."));
        assertEquals("6 10.2.0.0/16 table 4711 \n6 10.1.0.0/16 \n", run("ip -N route show table all | grep 10\\."));
    }
}
