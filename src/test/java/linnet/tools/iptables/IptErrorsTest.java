package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** The error texts and exit codes of iptables 1.8.9 (nf_tables), as the kernel oracle recorded them. */
class IptErrorsTest {
    private static final String V = "iptables v1.8.9 (nf_tables): ";
    private static final String TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";

    /** Setup lines, then {command, expected output, expected exit status}. */
    static final List<String> SETUP = List.of("iptables -N USED", "iptables -A INPUT -j USED", "iptables -N EMPTY");
    static final Object[][] CASES = {
        {"iptables -A FOO -j ACCEPT", "iptables: No chain/target/match by that name.\n", 1},
        {"iptables -A INPUT -j FOO", V + "Chain 'FOO' does not exist\n" + TRY, 2},
        {"iptables -L FOO", V + "chain `FOO' in table `filter' is incompatible, use 'nft' tool.\n", 1},
        {"iptables -S FOO", V + "chain `FOO' in table `filter' is incompatible, use 'nft' tool.\n", 1},
        {"iptables -A INPUT -o eth0 -j ACCEPT", V + "Can't use -o with INPUT\n\n" + TRY, 2},
        {"iptables -t nat -A PREROUTING -o eth0 -j ACCEPT", V + "Can't use -o with PREROUTING\n\n" + TRY, 2},
        {"iptables -A OUTPUT -i eth0 -j ACCEPT", V + "Can't use -i with OUTPUT\n\n" + TRY, 2},
        {"iptables -N EMPTY", "iptables: Chain already exists.\n", 1},
        {"iptables -X USED", V + " CHAIN_DEL failed (Device or resource busy): chain USED\n", 4},
        {"iptables -P INPUT FOO", "iptables: Bad policy name. Run `dmesg' for more information.\n", 1},
        {"iptables -P FOO DROP", "iptables: Bad built-in chain name.\n", 1},
        {"iptables -P USED DROP", "iptables: Bad built-in chain name.\n", 1},
        {"iptables -A INPUT --bogus", V + "unknown option \"--bogus\"\n" + TRY, 2},
        {"iptables -A INPUT -p tcp --dport 99999 -j ACCEPT", V + "invalid port/service `99999' specified\n" + TRY, 2},
        {"iptables -A INPUT -p nosuchproto -j ACCEPT", V + "unknown protocol \"nosuchproto\" specified\n" + TRY, 2},
        {"iptables -A INPUT -p icmp --icmp-type nosuchtype -j ACCEPT", V + "Unknown ICMP type `nosuchtype'\n" + TRY, 2},
        {"iptables -A INPUT -j REJECT --reject-with nosuch", V + "unknown reject type \"nosuch\"\n" + TRY, 2},
        {"iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset",
            V + " RULE_APPEND failed (Invalid argument): rule in chain INPUT\n", 4},
        {"iptables -A INPUT -m tcp --dport 22 -j ACCEPT",
            V + " RULE_APPEND failed (Invalid argument): rule in chain INPUT\n", 4},
        {"iptables -A PREROUTING -t raw -j REJECT",
            V + " RULE_APPEND failed (Invalid argument): rule in chain PREROUTING\n", 4},
        {"iptables -D INPUT 5", "iptables: Index of deletion too big.\n", 1},
        {"iptables -I INPUT 9 -j ACCEPT", "iptables: Index of insertion too big.\n", 1},
        {"iptables -R INPUT 9 -j ACCEPT", "iptables: Index of replacement too big.\n", 1},
        {"iptables -D INPUT -p icmp -j DROP", "iptables: Bad rule (does a matching rule exist in that chain?).\n", 1},
        {"iptables -C INPUT -j USED -p tcp", "iptables: Bad rule (does a matching rule exist in that chain?).\n", 1},
        {"iptables -C INPUT -j USED", "", 0},
        {"iptables -t nosuch -L", V + "table 'nosuch' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n", 3},
        {"iptables -t nat -A INPUT -j DROP", V + "\nThe \"nat\" table is not intended for filtering, the use of DROP is "
            + "therefore inhibited.\n\n\n" + TRY, 2},
        {"iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports abc",
            V + "Need TCP, UDP, SCTP or DCCP with port specification\n" + TRY, 2},
        {"iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT",
            V + "DNAT: option \"--to-destination\" must be specified\n\n" + TRY, 2},
        {"iptables -t filter -A INPUT -j MASQUERADE", V + " RULE_APPEND failed (Invalid argument): rule in chain INPUT\n", 4},
        {"iptables -E NOSUCH X", "iptables: No chain/target/match by that name.\n", 1},
        {"iptables -E EMPTY USED", "iptables: File exists.\n", 1},
        {"iptables -A INPUT -i this-name-is-way-too-long -j ACCEPT",
            V + "interface name `this-name-is-way-too-long' must be shorter than IFNAMSIZ (15)\n" + TRY, 2},
        {"iptables -A", V + "option \"-A\" requires an argument\n" + TRY, 2},
        {"iptables", V + "no command specified\n" + TRY, 2},
        {"iptables -A INPUT -m nosuch", V + "Couldn't load match `nosuch':No such file or directory\n\n" + TRY, 2},
        {"iptables -A INPUT foo", "Bad argument `foo'\n" + TRY, 2},
    };

    @Test
    void errorTextsAndExitCodes() {
        for (Object[] c : CASES) {
            Lab lab = new Lab(7, Lab.Profile.BARE);
            ScriptRunner sh = new ScriptRunner(lab);
            for (String s : SETUP) assertEquals(0, run(sh, s, new int[1]).length(), s);
            int[] rc = new int[1];
            String before = run(sh, "iptables-save", new int[1]);
            String out = run(sh, (String) c[0], rc);
            assertEquals(c[1], out, (String) c[0]);
            assertEquals(c[2], rc[0], (String) c[0]);
            if (rc[0] != 0) assertEquals(before, run(sh, "iptables-save", new int[1]), "changed by " + c[0]);
        }
    }

    private static String run(ScriptRunner sh, String line, int[] rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc[0] = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }
}
