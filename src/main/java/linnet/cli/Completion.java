package linnet.cli;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.tools.ip.IpWords;
import linnet.tools.iptables.IptWords;

/**
 * What Tab offers for a word of a command line, from the tables the parsers use and from the
 * machine as tools see it (device and namespace names as `ls /sys/class/net` and `ls /run/netns`
 * list them, files through the emulated file system). Devices are the shell's namespace's even
 * where its /sys is its caller's (after nsenter): they are what the ip command being typed sees.
 */
final class Completion {
    /** A candidate; {@code complete} false for a directory or a dotted sysctl prefix (no space follows). */
    record Cand(String value, boolean complete) {}

    private final ShellSession s;

    Completion(ShellSession s) { this.s = s; }

    /** Candidates for {@code words.get(index)}; JLine keeps those that start with what was typed. */
    List<Cand> candidates(List<String> words, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            if (List.of("|", "||", "&&", ";", "&").contains(words.get(i))) start = i + 1;
        }
        return command(words.subList(start, index), prefix(words, index), s.net());
    }

    private static String prefix(List<String> words, int index) { return index < words.size() ? words.get(index) : ""; }

    private List<Cand> command(List<String> before, String prefix, Net net) {
        if (before.isEmpty()) {
            if (prefix.contains("/")) return paths(prefix, net);
            return words(s.commands());
        }
        return switch (before.get(0)) {
            case "ip" -> ip(before.subList(1, before.size()), prefix, net);
            case "iptables" -> iptables(before, prefix, net);
            case "sysctl" -> prefix.startsWith("-") ? List.of() : sysctl(prefix, net);
            default -> paths(prefix, net);
        };
    }

    private List<Cand> ip(List<String> args, String prefix, Net net) {
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            if (IpWords.takesNetns(args.get(i)) && i + 1 < args.size()) {
                Net n = s.host().netns().get(args.get(i + 1));
                if (n != null) net = n;
                i++;
            }
            i++;
        }
        if (i > 0 && i == args.size() && IpWords.takesNetns(args.get(i - 1))) return names(net, "/run/netns");
        if (i == args.size()) return prefix.startsWith("-") ? words(IpWords.options()) : words(IpWords.objects());
        String obj = IpWords.resolve(args.get(i));
        if (obj == null) return List.of();
        List<String> rest = args.subList(i + 1, args.size());
        if (rest.isEmpty()) return words(IpWords.commands(obj));
        String cmd = rest.get(0);
        String last = rest.get(rest.size() - 1);
        if (obj.equals("netns")) {
            if (rest.size() == 1 && !cmd.equals("add")) return names(net, "/run/netns");
            if ("exec".startsWith(cmd) && rest.size() >= 2) {
                Net n = s.host().netns().get(rest.get(1));
                return command(rest.subList(2, rest.size()), prefix, n != null ? n : net);
            }
            return List.of();
        }
        if (last.equals("netns")) return names(net, "/run/netns");
        if (last.equals("dev") || last.equals("master")) return names(net, "/sys/class/net");
        if (obj.equals("link") && "set".startsWith(cmd)) {
            if (rest.size() == 1) return names(net, "/sys/class/net");
            if (rest.size() > 2 && IpWords.linkSetKeywords().contains(last) && !IpWords.linkSetFlags().contains(last)) {
                return List.of();
            }
            return words(IpWords.linkSetKeywords());
        }
        List<Cand> c = new ArrayList<>(names(net, "/sys/class/net"));
        c.add(new Cand("dev", true));
        return c;
    }

    private List<Cand> iptables(List<String> before, String prefix, Net net) {
        String table = "filter";
        for (int i = 0; i + 1 < before.size(); i++) {
            if (before.get(i).equals("-t") || before.get(i).equals("--table")) table = before.get(i + 1);
        }
        String last = before.get(before.size() - 1);
        return switch (last) {
            case "-t", "--table" -> words(IptWords.tables());
            case "-A", "-I", "-D", "-R", "-L", "-S", "-F", "-Z", "-P", "-X", "-E", "--append", "--insert", "--delete",
                    "--replace", "--list", "--list-rules", "--flush", "--zero", "--policy", "--delete-chain",
                    "--rename-chain" -> words(IptWords.chains(net, table));
            case "-j", "--jump", "-g", "--goto" -> words(IptWords.targets(net, table));
            case "-m", "--match" -> words(IptWords.matches());
            case "-i", "-o", "--in-interface", "--out-interface" -> names(net, "/sys/class/net");
            default -> List.of();
        };
    }

    /** sysctl keys: a dotted path through /proc/sys, one level at a time. */
    private List<Cand> sysctl(String prefix, Net net) {
        int dot = prefix.lastIndexOf('.');
        String dir = dot < 0 ? "" : prefix.substring(0, dot);
        String base = "/proc/sys" + (dir.isEmpty() ? "" : "/" + dir.replace('.', '/'));
        List<Cand> out = new ArrayList<>();
        for (String n : list(net, base)) {
            String key = (dir.isEmpty() ? "" : dir + ".") + n;
            boolean isDir = s.host().vfs().exists(linnet.kernel.fs.Nsproxy.of(net), base + "/" + n) && tryList(net, base + "/" + n);
            out.add(new Cand(isDir ? key + "." : key, !isDir));
        }
        return out;
    }

    /** File names through the emulated file system, relative to the shell's directory. */
    private List<Cand> paths(String prefix, Net net) {
        int slash = prefix.lastIndexOf('/');
        String typedDir = slash < 0 ? "" : prefix.substring(0, slash + 1);
        String dir = typedDir.isEmpty() ? s.cwd() : typedDir.startsWith("/") ? typedDir : s.cwd() + "/" + typedDir;
        if (typedDir.startsWith("~/")) dir = s.home() + typedDir.substring(1);
        List<Cand> out = new ArrayList<>();
        for (String n : list(net, dir)) {
            String full = dir.endsWith("/") ? dir + n : dir + "/" + n;
            boolean isDir = tryList(net, full);
            out.add(new Cand(typedDir + n + (isDir ? "/" : ""), !isDir));
        }
        return out;
    }

    private List<Cand> names(Net net, String dir) { return words(list(net, dir)); }

    private List<String> list(Net net, String dir) {
        try {
            return s.host().vfs().list(linnet.kernel.fs.Nsproxy.of(net), dir);
        } catch (linnet.kernel.core.KernelException e) {
            return List.of();
        }
    }

    private boolean tryList(Net net, String dir) {
        try {
            s.host().vfs().list(linnet.kernel.fs.Nsproxy.of(net), dir);
            return true;
        } catch (linnet.kernel.core.KernelException e) {
            return false;
        }
    }

    private static List<Cand> words(java.util.Collection<String> w) {
        List<Cand> out = new ArrayList<>();
        for (String x : w) out.add(new Cand(x, true));
        return out;
    }
}
