package linnet.conformance.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.conformance.Normalizer;
import linnet.conformance.ScriptLines;
import linnet.shell.Transcripts;
import org.junit.jupiter.api.Test;

class GeneratorTest {
    @Test
    void theSameSeedGivesTheSameScriptAndOthersDiffer() {
        assertEquals(ScenarioGenerator.script(42, 30), ScenarioGenerator.script(42, 30));
        assertNotEquals(ScenarioGenerator.script(42, 30), ScenarioGenerator.script(43, 30));
    }

    @Test
    void scriptsStayInTheCorpusLanguageAndRunInLinnetWithoutCrashing() {
        for (long seed = 1; seed <= 40; seed++) {
            String s = ScenarioGenerator.script(seed, 30);
            List<ScriptLines.Line> cmds = ScriptLines.commands(s);
            assertTrue(cmds.size() >= 30, s);
            for (ScriptLines.Line l : cmds) {
                String t = l.text();
                assertTrue(!t.contains("|") && !t.contains("$") && !t.contains("&&") && !t.contains(">"), t);
                // no unbounded waits on the kernel
                if (t.contains("ping ")) assertTrue(t.contains("-c "), t);
            }
            String transcript = Transcripts.transcript(s, true, 1);
            assertTrue(!transcript.contains("internal error") && !transcript.contains("Exception"), transcript);
        }
    }

    @Test
    void theVocabularyCoversEveryAreaTheIssueNames() {
        StringBuilder all = new StringBuilder();
        for (long seed = 1; seed <= 60; seed++) all.append(ScenarioGenerator.script(seed, 40));
        String s = all.toString();
        for (String family : List.of("ip netns add", "type veth", "type bridge", "ip tuntap add", " netns ", " name ",
                "addr add", "route add", "rule add", "neigh ", "sysctl -w", "iptables -t nat", "MASQUERADE", "DNAT",
                "bridge fdb", "bridge vlan", "vlan_filtering", "cat /sys/class/net/", "-6 addr add", "-6 route",
                "ping -c 1", "route get", "conntrack -", "-j -p ", "-br ", "type nosuchkind", "iptables -A NOSUCH"))
            assertTrue(s.contains(family), "no generated script uses: " + family);
    }

    @Test
    void theShrinkerKeepsOnlyTheLinesTheDifferenceNeeds() {
        List<String> lines = List.of("# header", "a", "b", "c", "d", "e", "f", "g", "h");
        // the difference needs c and then f
        List<String> small = Shrinker.shrink(lines, l -> l.indexOf("c") >= 0 && l.indexOf("f") > l.indexOf("c"), 100);
        assertEquals(List.of("c", "f"), small);
    }

    @Test
    void theShrinkerStopsAtItsBudget() {
        int[] tests = {0};
        Shrinker.shrink(List.of("a", "b", "c", "d", "e", "f", "g", "h"), l -> { tests[0]++; return true; }, 3);
        assertTrue(tests[0] <= 3, "tested " + tests[0]);
    }

    /** A kernel that differs from linnet in one mechanism: `ip netns add` prints an extra line. */
    private static final Campaign.Sides FAKE = script -> Normalizer.normalize(Transcripts.transcript(script, true, 1))
            .replaceAll("(?m)^(\\$ ip netns add \\S+\\n)", "$1kernel-only line\n");

    @Test
    void aCampaignFindsShrinksAndReportsEachDistinctDifferenceOnce() {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = Campaign.campaign(1, 30, 30, 60, null, FAKE, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        String report = o.toString(StandardCharsets.UTF_8);
        assertEquals(1, rc, report + e);
        assertTrue(report.contains("-kernel-only line"), report);
        // the shrunk script is the listing alone (one line suffices to show the difference)
        String first = report.substring(report.indexOf("==== "));
        assertTrue(first.startsWith("==== gen-") && first.contains(": 1 lines (from"), first);
        assertTrue(report.strip().endsWith("30 scripts, 1 distinct differences")
                || report.strip().endsWith("30 scripts, 2 distinct differences"), report);
    }
}
