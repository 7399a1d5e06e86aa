package linnet.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script on the real Linux kernel, the corpus's way ({@code run-kernel}: a private network
 * and mount namespace, a fresh sysfs and /run/netns, every line through {@code bash -c}), and
 * returns its raw transcript. The sandbox script is the corpus's own runner, shipped as a
 * resource so that a clone without the shared corpus folder can still ask the kernel.
 *
 * <p>Nothing runs when the machine cannot do it: {@link #missing} says what is missing
 * (root, or the programs the script uses), so that {@code linnet diff} can say so and exit 2.
 */
public final class KernelRunner {
    /** The PATH run-kernel gives the sandbox. */
    static final List<String> PATH = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    /** The programs linnet emulates, with the Debian/Ubuntu package the real one comes from. */
    static final Map<String, String> PACKAGES = new LinkedHashMap<>();
    static {
        for (String p : List.of("ip", "bridge", "tc")) PACKAGES.put(p, "iproute2");
        for (String p : List.of("iptables", "iptables-save", "iptables-restore")) PACKAGES.put(p, "iptables");
        PACKAGES.put("ping", "iputils-ping");
        PACKAGES.put("traceroute", "traceroute");
        PACKAGES.put("ethtool", "ethtool");
        for (String p : List.of("ifconfig", "route", "arp")) PACKAGES.put(p, "net-tools");
        PACKAGES.put("conntrack", "conntrack");
        PACKAGES.put("brctl", "bridge-utils");
        for (String p : List.of("nc", "netcat")) PACKAGES.put(p, "netcat-openbsd");
        PACKAGES.put("sysctl", "procps");
        for (String p : List.of("cat", "ls", "sleep", "timeout")) PACKAGES.put(p, "coreutils");
        for (String p : List.of("unshare", "mount")) PACKAGES.put(p, "util-linux");
        PACKAGES.put("bash", "bash");
    }

    /** A line may take 60 s in the sandbox; the whole run gets this much more on top. */
    private static final long SLACK_SECONDS = 120;

    private KernelRunner() {}

    /** The programs a script runs, in order of first use: each line's command, and the command of `ip netns exec`. */
    static Set<String> programsUsed(String script) {
        Set<String> used = new LinkedHashSet<>();
        for (ScriptLines.Line l : ScriptLines.commands(script)) {
            List<String> w = List.of(l.text().strip().split("\\s+"));
            int i = 0;
            while (i < w.size()) {
                String prog = w.get(i);
                int slash = prog.lastIndexOf('/');
                used.add(slash >= 0 ? prog.substring(slash + 1) : prog);
                // ip [-n NS | -all] netns exec [NS] CMD ...: CMD is run too
                int exec = w.subList(i, w.size()).indexOf("exec");
                if (!prog.equals("ip") || exec < 0 || !w.subList(i, i + exec).contains("netns")) break;
                i += exec + (w.subList(i, i + exec).contains("-all") ? 1 : 2);
            }
        }
        return used;
    }

    /**
     * What this machine lacks to run {@code script} on the kernel: an empty list when nothing.
     * Each entry is one line for the user ("root (...)", "ping (apt-get install iputils-ping)").
     */
    public static List<String> missing(String script) {
        List<String> missing = new ArrayList<>();
        if (!isRoot()) missing.add("root (the kernel side runs in a private network namespace: unshare --net --mount)");
        else if (onPath("unshare") != null && !canUnshare())
            missing.add("permission to create namespaces (unshare --net --mount fails here, e.g. in a container without CAP_SYS_ADMIN)");
        Set<String> needed = new LinkedHashSet<>(List.of("bash", "unshare", "mount", "timeout", "ip"));
        for (String p : programsUsed(script)) if (PACKAGES.containsKey(p)) needed.add(p);
        for (String p : needed) {
            if (onPath(p) == null) missing.add(p + " (apt-get install " + PACKAGES.get(p) + ")");
        }
        return missing;
    }

    /** Root is not enough inside some containers: try the sandbox's unshare once, doing nothing in it. */
    static boolean canUnshare() {
        try {
            Process p = new ProcessBuilder(onPath("unshare").toString(), "--net", "--mount", "--propagation", "private", "--", "/bin/true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean isRoot() {
        try {
            // /proc/self belongs to the uid of the process looking at it
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    static Path onPath(String program) {
        for (String dir : PATH) {
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** The kernel's raw transcript of {@code script}. Call only when {@link #missing} is empty. */
    public static String run(String script) throws IOException {
        Path dir = Files.createTempDirectory("linnet-diff");
        try {
            Path runner = dir.resolve("run-kernel");
            try (InputStream in = KernelRunner.class.getResourceAsStream("run-kernel.sh")) {
                if (in == null) throw new IOException("run-kernel.sh is missing from linnet's classes");
                Files.write(runner, in.readAllBytes());
            }
            Files.setPosixFilePermissions(runner, PosixFilePermissions.fromString("rwx------"));
            Path scenario = dir.resolve("script.sh");
            Files.writeString(scenario, script);
            Path out = dir.resolve("out"), err = dir.resolve("err");
            Process p = new ProcessBuilder("/bin/bash", runner.toString(), scenario.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            long lines = ScriptLines.commands(script).size();
            try {
                if (!p.waitFor(lines * 61 + SLACK_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("the kernel run did not end in time");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (p.exitValue() != 0) {
                String why = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException("run-kernel failed (exit " + p.exitValue() + ")" + (why.isEmpty() ? "" : ": " + why));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }
}
