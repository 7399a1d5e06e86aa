package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** Chain life cycle of iptables-nft 1.8.9: built-in chains on demand, -Z/-X/-E/-F semantics, traversal. */
class IptChainOpsTest {
    private static final String V = "iptables v1.8.9 (nf_tables): ";
    private static final String TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";

    private final ScriptRunner sh = new ScriptRunner(new Lab(7, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private void ok(String... lines) {
        for (String l : lines) {
            run(l);
            assertEquals(0, rc, l);
        }
    }

    @Test
    void builtinChainsExistOnlyOnceNamed() {
        ok("iptables -N A");
        assertEquals("Zeroing chain `A'\n", run("iptables -Z -v"));
        ok("iptables -A OUTPUT -j A", "iptables -P FORWARD DROP");
        assertEquals("Zeroing chain `FORWARD'\nZeroing chain `OUTPUT'\nZeroing chain `A'\n", run("iptables -Z -v"));
        // A missing built-in chain is no chain for -Z, but the listing shows it and -L -Z creates it.
        assertEquals("iptables: No chain/target/match by that name.\n", run("iptables -Z INPUT"));
        assertTrue(run("iptables -L -Z").startsWith("Chain INPUT (policy ACCEPT)\n"));
        assertEquals("Zeroing chain `INPUT'\nZeroing chain `FORWARD'\nZeroing chain `OUTPUT'\nZeroing chain `A'\n",
                run("iptables -Z -v"));
    }

    @Test
    void listZeroOnMissingTableFailsAfterListing() {
        String out = run("iptables -t raw -L PREROUTING -Z");
        assertEquals(4, rc);
        // The error reaches the file first: stdout is flushed only at exit.
        assertEquals(V + " CHAIN_ZERO failed (No such file or directory): chain PREROUTING\n"
                + "Chain PREROUTING (policy ACCEPT)\ntarget     prot opt source               destination         \n", out);
        // iptables-save without -t saves the tables that exist (with -t, a built-in table always shows).
        assertEquals("", run("iptables-save").isEmpty() ? "" : "raw table created");
    }

    @Test
    void zeroOneRule() {
        ok("iptables -N U", "iptables -A U -c 5 50", "iptables -A U -c 6 60");
        ok("iptables -Z U 2", "iptables -Z U 7");
        assertEquals("-A U -c 5 50\n-A U -c 0 0\n", run("iptables -S U -v").replaceAll("-[PN] .*\n", ""));
        assertEquals("iptables: Bad rule (does a matching rule exist in that chain?).\n", run("iptables -Z INPUT 1"));
        assertEquals("iptables: Incompatible with this kernel.\n", run("iptables -Z NOPE 1"));
        // "-L -Z CHAIN N" is only the zeroing of rule N: the -Z replaces the whole command.
        assertEquals("", run("iptables -L -Z U 1"));
        assertEquals("-A U -c 0 0\n-A U -c 0 0\n", run("iptables -S U -v").replaceAll("-[PN] .*\n", ""));
    }

    @Test
    void deleteChainBusyWhenItHasRulesOrReferences() {
        ok("iptables -N Y", "iptables -A Y -j ACCEPT", "iptables -N Z", "iptables -N R", "iptables -A INPUT -g R");
        assertEquals(V + " CHAIN_DEL failed (Device or resource busy): chain Y\n", run("iptables -X Y"));
        assertEquals(4, rc);
        assertEquals(V + " CHAIN_DEL failed (Device or resource busy): chain R\n", run("iptables -X R"));
        // All at once or nothing: Y is the first busy chain in creation order, and Z stays.
        assertEquals(V + " CHAIN_DEL failed (Device or resource busy): chain Y\n", run("iptables -X"));
        assertTrue(run("iptables -S").contains("-N Z\n"));
        ok("iptables -F Y", "iptables -F INPUT", "iptables -X");
        assertEquals("-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n", run("iptables -S"));
        // -X also removed the empty built-in INPUT (policy ACCEPT): -Z -v shows nothing left.
        assertEquals("", run("iptables -Z -v"));
        ok("iptables -P FORWARD DROP");
        assertEquals("iptables: Directory not empty.\n", run("iptables -X FORWARD"));
        assertEquals(1, rc);
        ok("iptables -A OUTPUT -j ACCEPT");
        assertEquals(V + " CHAIN_DEL failed (Device or resource busy): chain OUTPUT\n", run("iptables -X OUTPUT"));
    }

    @Test
    void renameChecksTheNewNameFirst() {
        ok("iptables -N A", "iptables -N B", "iptables -A INPUT -j A");
        assertEquals("iptables: File exists.\n", run("iptables -E NOPE B"));
        assertEquals("iptables: File exists.\n", run("iptables -E NOPE FORWARD"));
        assertEquals("iptables: No chain/target/match by that name.\n", run("iptables -E NOPE C"));
        ok("iptables -E A ABCDEFGHIJKLMNOPQRSTUVWXYZ012");
        assertEquals(V + "chain name `ABCDEFGHIJKLMNOPQRSTUVWXYZ012' too long (must be under 29 chars)\n" + TRY,
                run("iptables -E ABCDEFGHIJKLMNOPQRSTUVWXYZ012 X"));
        assertTrue(run("iptables -S INPUT").contains("-A INPUT -j ABCDEFGHIJKLMNOPQRSTUVWXYZ012\n"));
    }

    @Test
    void commandAndOptionCombinations() {
        assertEquals(V + "Cannot use -S with -L\n" + TRY, run("iptables -L -S"));
        assertEquals(V + "Cannot use -F with -Z\n" + TRY, run("iptables -Z -F"));
        assertEquals(V + "Illegal option `-j' with this command\n" + TRY, run("iptables -N X -j ACCEPT"));
        assertEquals(V + "Illegal option `-n' with this command\n" + TRY, run("iptables -A INPUT -n"));
        assertEquals(V + "Illegal option `-c' with this command\n" + TRY, run("iptables -D INPUT -c 1 2"));
        assertEquals(V + "unexpected '!' flag\n" + TRY, run("iptables ! -L"));
        assertEquals(V + "chain name may not clash with target name\n" + TRY, run("iptables -N QUEUE"));
        assertEquals(V + "chain name may not clash with target name\n" + TRY, run("iptables -N \"\""));
        assertEquals(V + "Replacement rule does not specify a unique address\n" + TRY,
                run("iptables -R INPUT 1 -s 10.0.0.1,10.0.0.2"));
        assertEquals(2, rc);
    }

    @Test
    void addressListsMakeOneRulePerCombination() {
        ok("iptables -A INPUT -s 10.0.0.1,10.0.0.2 -d 10.1.0.0/16,10.2.0.0/16");
        assertEquals("-A INPUT -s 10.0.0.1/32 -d 10.1.0.0/16\n-A INPUT -s 10.0.0.1/32 -d 10.2.0.0/16\n"
                + "-A INPUT -s 10.0.0.2/32 -d 10.1.0.0/16\n-A INPUT -s 10.0.0.2/32 -d 10.2.0.0/16\n",
                run("iptables -S INPUT").replaceAll("-P .*\n", ""));
        ok("iptables -C INPUT -s 10.0.0.1,10.0.0.2 -d 10.1.0.0/16", "iptables -D INPUT -s 10.0.0.2 -d 10.1.0.0/16,10.2.0.0/16");
        assertEquals("-A INPUT -s 10.0.0.1/32 -d 10.1.0.0/16\n-A INPUT -s 10.0.0.1/32 -d 10.2.0.0/16\n",
                run("iptables -S INPUT").replaceAll("-P .*\n", ""));
    }

    @Test
    void gotoReturnsToTheCallersCaller() {
        // INPUT -j L1; L1 -g L2; L2 ends: traversal goes on in INPUT after the jump to L1, not in L1.
        ok("iptables -N L1", "iptables -N L2", "iptables -A INPUT -p icmp --icmp-type echo-request -j L1",
                "iptables -A INPUT -p icmp --icmp-type echo-request", "iptables -A L1 -g L2", "iptables -A L1",
                "iptables -A L2 -j RETURN", "ping -q -c 1 127.0.0.1");
        String l = run("iptables -L -n -v -x");
        assertTrue(l.contains("Chain L1 (1 references)\n    pkts      bytes target     prot opt in     out     source   "
                + "            destination         \n       1       84 L2         0    --  *      *       0.0.0.0/0      "
                + "      0.0.0.0/0           [goto] \n       0        0            0 "), l);
        assertTrue(l.contains("       1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0  "
                + "          icmptype 8\n"), l);
    }

    @Test
    void aRenamedBuiltinChainIsHiddenButStillHookedAndReferencing() {
        ok("iptables -N CNT", "iptables -A INPUT -p icmp -j CNT", "iptables -P INPUT DROP", "iptables -E INPUT HIDDEN");
        String l = run("iptables -L -n");
        assertTrue(l.startsWith("# Table `filter' contains incompatible base-chains, use 'nft' tool to list them.\n"
                + "Chain INPUT (policy ACCEPT)\n"), l);
        assertTrue(l.contains("Chain CNT (1 references)"), l);
        assertEquals("iptables: No chain/target/match by that name.\n", run("iptables -A HIDDEN -j ACCEPT"));
        // Its DROP policy still applies at the INPUT hook.
        assertTrue(run("ping -q -c 1 -W 1 127.0.0.1").contains("1 packets transmitted, 0 received"));
    }

    @Test
    void policyIgnoresCountersAndRuleCountersAre64Bit() {
        ok("iptables -P FORWARD DROP -c 77 7777", "iptables -A INPUT -c 12345678901 1234567890123 -j ACCEPT");
        assertEquals("-P INPUT ACCEPT -c 0 0\n-P FORWARD DROP -c 0 0\n-P OUTPUT ACCEPT -c 0 0\n"
                + "-A INPUT -c 12345678901 1234567890123 -j ACCEPT\n", run("iptables -S -v"));
        assertTrue(run("iptables -L INPUT -v").contains("  12G 1235G ACCEPT"));
    }

    @Test
    void saveOfABuiltinTableThatDoesNotExistYet() {
        String nat = run("iptables-save -t nat");
        assertEquals(0, rc);
        assertTrue(nat.contains("*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + ":POSTROUTING ACCEPT [0:0]\nCOMMIT\n"), nat);
        // ... and saving it creates nothing: a plain save still has no table to show
        assertEquals("", run("iptables-save"));
        assertEquals("Table `nosuch' does not exist\n", run("iptables-save -t nosuch"));
        assertEquals(1, rc);
        assertEquals("iptables-save: option requires an argument -- 't'\n"
                + "Look at manual page `iptables-save.8' for more information.\n", run("iptables-save -t"));
        assertEquals("iptables-save: invalid option -- 'x'\n"
                + "Look at manual page `iptables-save.8' for more information.\n", run("iptables-save -cx"));
        assertEquals(1, rc);
        assertTrue(run("iptables-save --tab=raw").contains("*raw\n"));
        assertEquals("Unknown arguments found on commandline\n", run("iptables-save filter"));
    }
}
