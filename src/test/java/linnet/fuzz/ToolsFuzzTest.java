package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Each tool's command line, fuzzed: the input's first line is the argument words after the
 * program's name (one per space), run against {@link Fuzz#SETUP}'s lab. A configuring tool that
 * fails must leave every dump as it was; none may throw, hang or print without end.
 * Saved inputs: src/test/resources/linnet/fuzz/ToolsFuzzTestInputs/METHOD/ (plain text).
 */
class ToolsFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    private static void tool(String program, byte[] data, boolean stateful) {
        List<String> w = Fuzz.words(Fuzz.text(data));
        Fuzz.command(program + (w.isEmpty() ? "" : " " + Fuzz.commandLine(w)), stateful, b -> { });
    }

    /** A tool reading its standard input (the input's lines after the first), from a file. */
    private static void toolWithStdin(String program, byte[] data, boolean stateful) {
        String text = Fuzz.text(data);
        List<String> w = Fuzz.words(text);
        byte[] stdin = Fuzz.rest(text).getBytes(StandardCharsets.UTF_8);
        Fuzz.command(program + (w.isEmpty() ? "" : " " + Fuzz.commandLine(w)) + " < /tmp/fuzz-stdin", stateful,
                b -> b.writeFile("/tmp/fuzz-stdin", stdin));
    }

    /** ip with any object (link, addr, route, rule, neigh, netns, tuntap, maddr, ...) and options. */
    @FuzzTest
    void ip(byte[] data) { tool("ip", data, !batch(data) && !severalLinkAttributes(Fuzz.words(Fuzz.text(data)))); }

    /**
     * ip link set/change with more than one attribute: the kernel's do_setlink (and a bridge's or
     * vxlan's changelink) applies them one by one and stops at the first it refuses, keeping the ones
     * before it (145-link-set-combos records a new MAC surviving a refused MTU).
     */
    static boolean severalLinkAttributes(List<String> w) {
        int i = w.indexOf("set") >= 0 ? w.indexOf("set") : w.indexOf("change");
        if (i < 0 || i == 0 || !"link".startsWith(w.get(i - 1)) || w.get(i - 1).isEmpty()) return false;
        int n = w.size() - i - 1;
        if (i + 1 < w.size() && w.get(i + 1).equals("dev")) n--;
        return n > 3;
    }

    @FuzzTest
    void bridge(byte[] data) { tool("bridge", data, !batch(data)); }

    @FuzzTest
    void brctl(byte[] data) { tool("brctl", data, true); }

    @FuzzTest
    void iptables(byte[] data) { tool("iptables", data, true); }

    /**
     * iptables-restore: options on the first line, the rule file after it. A failed commit changes
     * nothing, but each COMMIT commits its table at once, so a failure after a first COMMIT keeps it
     * (the state is checked only for files with at most one).
     */
    @FuzzTest
    void iptablesRestore(byte[] data) {
        long commits = Fuzz.rest(Fuzz.text(data)).lines().filter(l -> l.strip().equals("COMMIT")).count();
        toolWithStdin("iptables-restore", data, commits <= 1);
    }

    /** sysctl: several settings are written one by one (a good one before a bad one stays), so one word of them only. */
    @FuzzTest
    void sysctl(byte[] data) { tool("sysctl", data, Fuzz.words(Fuzz.text(data)).stream().filter(s -> s.contains("=")).count() <= 1
            && !Fuzz.words(Fuzz.text(data)).contains("-p")); }

    @FuzzTest
    void tc(byte[] data) { tool("tc", data, !batch(data)); }

    /** The traffic tools send packets (neighbours, counters change): no state check, only the other properties. */
    @FuzzTest
    void ping(byte[] data) { tool("ping", data, false); }

    @FuzzTest
    void traceroute(byte[] data) { tool("traceroute", data, false); }

    @FuzzTest
    void nc(byte[] data) { toolWithStdin("nc", data, false); }

    /** tcpdump's filter expressions (and options), over a saved capture of every kind of frame. */
    @FuzzTest
    void tcpdump(byte[] data) {
        List<String> w = Fuzz.words(Fuzz.text(data));
        Fuzz.Box box = Fuzz.Box.light();
        box.writeFile("/tmp/fuzz.pcap", Seeds.capture());
        Fuzz.check(box, "tcpdump -r /tmp/fuzz.pcap" + (w.isEmpty() ? "" : " " + Fuzz.commandLine(w)), false);
    }

    /** docker's command line: run/network/ps/inspect ... (a container's start may fail after its network is made). */
    @FuzzTest
    void docker(byte[] data) { tool("docker", data, false); }

    /** -batch/-force run several commands; the ones before a failing one stay (as in iproute2). */
    private static boolean batch(byte[] data) {
        for (String w : Fuzz.words(Fuzz.text(data))) if (w.startsWith("-b") || w.startsWith("--b") || w.startsWith("-fo")) return true;
        return false;
    }
}
