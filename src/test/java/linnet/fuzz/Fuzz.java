package linnet.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.fs.Mounts;
import linnet.kernel.fs.Nsproxy;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.shell.exec.Shell;

/**
 * What every fuzz target shares: the lab an input runs against, the guards around it, and the
 * property checked after it.
 * <ul>
 * <li>No uncaught exception: a tool's failure is its own error text and exit status; anything
 *     that escapes (the shell's "internal error" path is switched to rethrow) is a finding.</li>
 * <li>Bounded: each input runs under the runner's wall-clock guard ({@link #LINE_MS}), and must
 *     end within {@link #HANG_MS} even when a loop never reaches a place the guard can stop it.</li>
 * <li>Bounded output (a runaway printer is a finding too).</li>
 * <li>For a command that configures (ip, bridge, iptables, sysctl, tc ...): when it fails, every
 *     dump ({@link #DUMPS}, in each namespace) is what it was before.</li>
 * </ul>
 */
final class Fuzz {
    private Fuzz() {}

    /** JAZZER_FUZZ set: a campaign (bench/fuzz), not the saved inputs of ./test. */
    static boolean campaign() {
        String v = System.getenv("JAZZER_FUZZ");
        return v != null && !v.isEmpty();
    }

    /** The wall-clock guard of one input's command. */
    static final long LINE_MS = 2_000;
    /** An input that takes this long although the guard fired is a hang the guard cannot reach. */
    static final long HANG_MS = 8_000;
    /** More output than this from one command line is a runaway. */
    static final int MAX_OUTPUT = 8 << 20;

    /** The input's bytes as text: UTF-8, malformed bytes replaced (the shell sees characters). */
    static String text(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The input as argument words: one per space (two spaces give an empty word); a NUL byte,
     * which no argv can hold, ends the words; the first line only (the rest is the tool's stdin
     * where a target has one).
     */
    static List<String> words(String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) text = text.substring(0, nul);
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        List<String> w = new ArrayList<>();
        if (line.isEmpty()) return w;
        for (String s : line.split(" ", -1)) w.add(s);
        return w;
    }

    /** What follows the first line (a tool's stdin). */
    static String rest(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? "" : text.substring(nl + 1).replace("\0", "");
    }

    /** A word for bash's command line, as itself. */
    static String quote(String w) {
        return "'" + w.replace("'", "'\\''") + "'";
    }

    static String commandLine(List<String> argv) {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) sb.append(sb.isEmpty() ? "" : " ").append(quote(a));
        return sb.toString();
    }

    /** The set-up every input starts from: namespaces, veth, bridge, tap/tun, vxlan, addresses, routes, rules, NAT, tc. */
    static final List<String> SETUP = List.of(
            "sysctl -qw net.ipv6.conf.all.disable_ipv6=0",
            "ip netns add n1", "ip netns add n2",
            "ip link add v0 type veth peer name v1", "ip link set v1 netns n1",
            "ip addr add 10.7.0.1/24 dev v0", "ip addr add fd00:7::1/64 dev v0", "ip link set v0 up",
            "ip -n n1 addr add 10.7.0.2/24 dev v1", "ip -n n1 link set v1 up", "ip -n n1 link set lo up",
            "ip link add br0 type bridge", "ip tuntap add dev tap0 mode tap", "ip link set tap0 master br0",
            "ip link set tap0 up", "ip link set br0 address 02:00:00:00:09:01", "ip link set br0 up",
            "ip addr add 10.9.0.1/24 dev br0", "ip addr add fd09::1/64 dev br0",
            "ip tuntap add dev tun0 mode tun", "ip addr add 10.10.0.1/24 dev tun0", "ip link set tun0 up",
            "ip link add vx0 type vxlan id 42 dstport 4789 local 10.9.0.1 remote 10.9.0.2 dev br0",
            "ip addr add 10.42.0.1/24 dev vx0", "sysctl -qw net.ipv6.conf.vx0.disable_ipv6=1", "ip link set vx0 up",
            "ip route add 10.8.0.0/16 via 10.7.0.2", "ip rule add from 10.7.0.0/24 table 100",
            "ip route add default via 10.7.0.2 table 100",
            "ip neigh add 10.7.0.50 lladdr 02:00:00:00:00:50 dev v0",
            "bridge fdb add 02:00:00:00:00:99 dev tap0 master static",
            "sysctl -qw net.ipv4.ip_forward=1",
            "iptables -N CH", "iptables -A INPUT -p tcp --dport 22 -j CH", "iptables -A CH -s 10.7.0.9 -j DROP",
            "iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
            "iptables -t nat -A POSTROUTING -s 10.9.0.0/24 -o v0 -j MASQUERADE",
            "iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.7.0.2:80",
            "tc qdisc add dev v0 root tbf rate 1mbit burst 32kbit latency 400ms",
            "printf 'alpha 1\\nbeta 22\\ngamma 333\\n' > /tmp/words");

    /** What a failing command must leave as it was, in the root namespace and in n1 (n2 is empty: its listing is enough). */
    static final List<String> DUMPS = List.of("ip -d link show", "ip addr show", "ip route show table all",
            "ip -6 route show table all", "ip rule show", "ip neigh show", "iptables-save -t filter",
            "iptables-save -t nat", "iptables-save -t mangle", "iptables-save -t raw", "tc qdisc show",
            "bridge fdb show", "sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.v0.rp_filter");

    /** Timers the dumps show run on between two dumps: their values are not state a command changes. */
    static final java.util.regex.Pattern TIMERS = java.util.regex.Pattern.compile("(_timer|expires|used)\s+[0-9./]+(sec)?|(# (?:Generated|Completed)) .*");

    /** One lab with the set-up done, and its runner. */
    static final class Box {
        final Lab lab = new Lab(17, Lab.Profile.BARE);
        final ScriptRunner sh = new ScriptRunner(lab);

        Box() { this(SETUP); }

        /** A lab with only the file the text tools read. */
        static Box light() { return new Box(List.of(SETUP.getLast())); }

        Box(List<String> setup) {
            sh.setLineTimeoutMs(LINE_MS);
            for (String l : setup) {
                StringBuilder o = new StringBuilder();
                if (run(l, o) != 0) throw new AssertionError("fuzz set-up failed: " + l + "\n" + o);
            }
            // let the set-up's asynchronous work (IPv6 DAD, router solicitations) end before a snapshot
            lab.loop.advance(5_000_000_000L);
        }

        /** One line of bash, its output (stdout and stderr) appended to {@code out}; its status. */
        int run(String line, StringBuilder out) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
            int rc = sh.runLine(line, p, p);
            out.append(b.toString(StandardCharsets.UTF_8));
            return rc;
        }

        String dump() {
            StringBuilder sb = new StringBuilder();
            for (String ns : List.of("", "ip netns exec n1 ")) {
                for (String c : DUMPS) {
                    sb.append("$ ").append(ns).append(c).append('\n');
                    run(ns + c, sb);
                }
            }
            StringBuilder l = new StringBuilder();
            run("ip netns list", l);
            return TIMERS.matcher(sb.append("$ ip netns list\n").append(l)).replaceAll(m -> m.group(1) != null ? m.group(1) + " T" : m.group(3));
        }

        /** Writes a file of the sandbox (bytes as Latin-1 characters, the way the VFS keeps binary files). */
        void writeFile(String path, byte[] data) {
            try {
                lab.main.host.vfs().write(new Nsproxy(lab.main.kernel.initNet(), Mounts.NONE), path,
                        new String(data, StandardCharsets.ISO_8859_1));
            } catch (linnet.kernel.core.KernelException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The result of one input's command line; {@code unchanged}: it failed and every dump is as it was. */
    record Result(int status, String output, boolean unchanged) {}

    /** A campaign's box that a failing command left as it was, for the next input. */
    private static Box spare;

    /**
     * {@link #check} of one line in a box just set up. A campaign reuses the box of a command that
     * failed without changing a dump (most inputs), which spares the set-up; ./test always starts afresh.
     */
    static Result command(String line, boolean stateful, java.util.function.Consumer<Box> prepare) {
        Box box = null;
        if (campaign() && stateful) {
            box = spare;
            spare = null;
        }
        if (box == null) box = new Box();
        prepare.accept(box);
        Result r = check(box, line, stateful);
        if (campaign() && r.unchanged) spare = box;
        return r;
    }

    /**
     * Runs one command line in {@code box} under the guards and checks the property: nothing
     * escapes, the time and the output are bounded; with {@code stateful}, a failure changes no dump.
     */
    static Result check(Box box, String line, boolean stateful) {
        String before = stateful ? freshDump(box) : null;
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        int rc;
        Shell.rethrowInternalErrors = true;
        try {
            rc = box.run(line, out);
        } finally {
            Shell.rethrowInternalErrors = false;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String o = out.toString();
        if (ms > HANG_MS) throw new AssertionError("ran " + ms + " ms (guard " + LINE_MS + " ms): " + line);
        if (o.length() > MAX_OUTPUT) throw new AssertionError("printed " + o.length() + " chars: " + line);
        if (o.contains("linnet: internal error") || o.contains("Exception") && o.contains("\tat linnet."))
            throw new AssertionError("internal error: " + line + "\n" + o);
        boolean unchanged = false;
        if (stateful && rc != 0 && !o.contains("linnet: stopped after")) {
            String after = box.dump();
            if (!after.equals(before)) throw new AssertionError("failing command (exit " + rc + ") changed the state: " + line
                    + "\n" + o + "\n" + firstDifference(before, after));
            unchanged = true;
        }
        return new Result(rc, o, unchanged);
    }

    private static String freshDump;

    /**
     * The dump of a box just set up: the same for every one (a seeded lab, virtual time, the timers
     * and dates masked), so it is taken once; {@code box} must be fresh.
     */
    static synchronized String freshDump(Box box) {
        if (freshDump == null) freshDump = new Box().dump();
        return freshDump;
    }

    static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        String section = "";
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<end>", r = i < y.length ? y[i] : "<end>";
            if (l.startsWith("$ ")) section = l;
            if (!l.equals(r)) return "first difference, in " + section + ":\n- " + l + "\n+ " + r;
        }
        return "";
    }
}
