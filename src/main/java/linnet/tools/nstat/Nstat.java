package linnet.tools.nstat;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Glob;
import linnet.tools.common.Tool;

/**
 * nstat(8) of iproute2 6.1 (misc/nstat.c): reads /proc/net/netstat, snmp6 and snmp (in that
 * order, each table put in front of the ones before, so snmp comes first) into one list of
 * "TableName" counters, leaves out the constants (IpForwarding, IpDefaultTTL, TcpRto*, TcpMaxConn,
 * TcpCurrEstab), and prints those that are not zero (-z: all) and match a pattern (fnmatch,
 * case-folded). Without -a it prints the increase since the history file (NSTAT_HISTORY or
 * /tmp/.nstat.uUID) and, without -s, rewrites that file with the current values. The rate column
 * needs the sampling daemon (-d), which linnet does not run: it is always 0.0.
 */
public final class Nstat implements Tool {
    private static final String USAGE = """
            Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]
               -h, --help          this message
               -a, --ignore        ignore history
               -d, --scan=SECS     sample every statistics every SECS
               -j, --json          format output in JSON
               -n, --nooutput      do history only
               -p, --pretty        pretty print
               -r, --reset         reset history
               -s, --noupdate      don't update history
               -t, --interval=SECS report average over the last SECS
               -V, --version       output version information
               -z, --zeros         show entries with zero activity""";

    private static final String[][] LONGS = {{"help", "h"}, {"ignore", "a"}, {"scan", "d"}, {"nooutput", "n"},
        {"json", "j"}, {"reset", "r"}, {"noupdate", "s"}, {"pretty", "p"}, {"interval", "t"}, {"version", "V"},
        {"zeros", "z"}};

    /** struct nstat_ent. */
    private record Ent(String id, long val, double rate) {}

    /** The counters nstat never shows: constants, not events. */
    private static final List<String> USELESS = List.of("IpForwarding", "IpDefaultTTL", "TcpRtoAlgorithm", "TcpRtoMin",
            "TcpRtoMax", "TcpMaxConn", "TcpCurrEstab");

    private boolean dumpZeros, resetHistory, ignoreHistory, noOutput, json, pretty, noUpdate;
    private int scanInterval;

    @Override
    public int run(Ctx ctx, List<String> args) {
        Nstat n = new Nstat();
        return n.main(ctx, args);
    }

    private int usage(Ctx ctx) {
        ctx.err.println(USAGE);
        return 255;
    }

    private int main(Ctx ctx, List<String> args) {
        List<String> patterns = new ArrayList<>();
        // getopt_long("h?vVzrnasd:t:jp"), operands permuted to the end
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                patterns.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                String key = null;
                int matches = 0;
                for (String[] l : LONGS) {
                    if (l[0].equals(name)) {
                        key = l[1];
                        matches = 1;
                        break;
                    }
                    if (l[0].startsWith(name)) {
                        key = l[1];
                        matches++;
                    }
                }
                if (matches != 1) {
                    if (matches == 0) ctx.err.println("nstat: unrecognized option '" + a + "'");
                    else ctx.err.println("nstat: option '" + a + "' is ambiguous");
                    return usage(ctx);
                }
                String arg = null;
                if (key.equals("d") || key.equals("t")) {
                    if (eq >= 0) arg = a.substring(eq + 1);
                    else if (i + 1 < args.size()) arg = args.get(++i);
                    else {
                        ctx.err.println("nstat: option '--" + name + "' requires an argument");
                        return usage(ctx);
                    }
                } else if (eq >= 0) {
                    ctx.err.println("nstat: option '--" + name + "' doesn't allow an argument");
                    return usage(ctx);
                }
                Integer rc = option(ctx, key.charAt(0), arg);
                if (rc != null) return rc;
                continue;
            }
            if (a.length() < 2 || a.charAt(0) != '-') {
                patterns.add(a);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                String arg = null;
                if (c == 'd' || c == 't') {
                    if (j + 1 < a.length()) arg = a.substring(j + 1);
                    else if (i + 1 < args.size()) arg = args.get(++i);
                    else {
                        ctx.err.println("nstat: option requires an argument -- '" + c + "'");
                        return usage(ctx);
                    }
                    j = a.length();
                } else if ("h?vVzrnasjp".indexOf(c) < 0) {
                    ctx.err.println("nstat: invalid option -- '" + c + "'");
                    return usage(ctx);
                }
                Integer rc = option(ctx, c, arg);
                if (rc != null) return rc;
            }
        }
        // -d: the sampling daemon goes to the background (daemon()) and the command returns
        if (scanInterval > 0) return 0;

        String histName = ctx.env != null && ctx.env.get("NSTAT_HISTORY") != null ? ctx.env.get("NSTAT_HISTORY")
                : "/tmp/.nstat.u0";
        if (!histName.startsWith("/")) histName = (ctx.cwd == null ? "/" : ctx.cwd) + "/" + histName;
        if (resetHistory) {
            try {
                ctx.host.vfs().unlink(ctx.ns(), histName);
            } catch (KernelException e) {
                // nothing to reset
            }
        }
        List<Ent> hist = null;
        boolean histOpen = !ignoreHistory || !noUpdate;
        if (histOpen) {
            String text;
            try {
                if (!ctx.host.vfs().exists(ctx.ns(), histName)) ctx.host.vfs().write(ctx.ns(), histName, "");
                text = ctx.host.vfs().read(ctx.ns(), histName);
            } catch (KernelException e) {
                ctx.err.println("nstat: open history file: " + e.errno.text);
                return 255;
            }
            if (!ignoreHistory) {
                hist = new ArrayList<>();
                for (String line : text.split("\n")) {
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] f = line.trim().split("\\s+");
                    long v;
                    try {
                        v = Long.parseUnsignedLong(f[1]);
                    } catch (RuntimeException e) {
                        ctx.err.println("nstat.c:128: error parsing history file");
                        return 254;
                    }
                    if (!USELESS.contains(f[0])) hist.add(new Ent(f[0], v, 0));
                }
                if (hist.isEmpty()) hist = null;
            }
        }
        List<Ent> kern = new ArrayList<>();
        try {
            // each load puts its table in front: snmp, then snmp6, then netstat
            kern.addAll(0, uglyTable(ctx, "/proc/net/netstat"));
            kern.addAll(0, goodTable(ctx, "/proc/net/snmp6"));
            kern.addAll(0, uglyTable(ctx, "/proc/net/snmp"));
        } catch (KernelException e) {
            // a file the kernel lacks is skipped, as fopen failing is
        }
        if (!noOutput) {
            String out = ignoreHistory || hist == null ? dumpKern(kern, patterns, null, json, false) : dumpIncr(kern, hist, patterns);
            ctx.out.print(out);
        }
        if (!noUpdate) {
            try {
                ctx.host.vfs().write(ctx.ns(), histName, dumpKern(kern, patterns, hist, false, true));
            } catch (KernelException e) {
                ctx.err.println("nstat: ftruncate: " + e.errno.text);
            }
        }
        return 0;
    }

    /** One option; non-null is an exit status (-V, -h, a bad -t). */
    private Integer option(Ctx ctx, char c, String arg) {
        switch (c) {
            case 'z' -> dumpZeros = true;
            case 'r' -> resetHistory = true;
            case 'a' -> ignoreHistory = true;
            case 's' -> noUpdate = true;
            case 'n' -> noOutput = true;
            case 'j' -> json = true;
            case 'p' -> pretty = true;
            case 'd' -> scanInterval = 1000 * atoi(arg);
            case 't' -> {
                int t;
                try {
                    t = Integer.parseInt(arg.trim());
                } catch (NumberFormatException e) {
                    t = 0;
                }
                if (t <= 0) {
                    ctx.err.println("nstat: invalid time constant divisor");
                    return 255;
                }
            }
            case 'v', 'V' -> {
                ctx.out.println("nstat utility, iproute2-6.1.0");
                return 0;
            }
            default -> {
                return usage(ctx);
            }
        }
        return null;
    }

    private static int atoi(String s) {
        int i = 0, n = 0;
        s = s.trim();
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        while (i < s.length() && Character.isDigit(s.charAt(i))) n = n * 10 + (s.charAt(i++) - '0');
        return neg ? -n : n;
    }

    /** load_ugly_table: "Table: Name Name ..." then "Table: value value ...", names prefixed by the table. */
    private static List<Ent> uglyTable(Ctx ctx, String path) throws KernelException {
        List<Ent> l = new ArrayList<>();
        String[] lines = ctx.host.vfs().read(ctx.ns(), path).split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String[] names = lines[i].split(" ");
            String[] vals = lines[i + 1].split(" ");
            String table = names[0].substring(0, names[0].length() - 1);
            for (int k = 1; k < names.length && k < vals.length; k++) {
                String id = table + names[k];
                if (USELESS.contains(id)) continue;
                // values print unsigned (MaxConn's -1 is left out above)
                l.add(new Ent(id, Long.parseUnsignedLong(vals[k].startsWith("-") ? "0" : vals[k]), 0));
            }
        }
        return l;
    }

    /** load_good_table: "Name value" lines (snmp6). */
    private static List<Ent> goodTable(Ctx ctx, String path) throws KernelException {
        List<Ent> l = new ArrayList<>();
        for (String line : ctx.host.vfs().read(ctx.ns(), path).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || USELESS.contains(f[0])) continue;
            l.add(new Ent(f[0], Long.parseUnsignedLong(f[1]), 0));
        }
        return l;
    }

    private boolean match(List<String> patterns, String id) {
        if (patterns.isEmpty()) return true;
        String lower = id.toLowerCase(java.util.Locale.ROOT);
        for (String p : patterns) if (Glob.fnmatch(p.toLowerCase(java.util.Locale.ROOT), lower)) return true;
        return false;
    }

    /**
     * dump_kern_db: the absolute values. For the history file ({@code hist} given, or none) an
     * entry the patterns leave out keeps the value the old history had for it.
     */
    private String dumpKern(List<Ent> kern, List<String> patterns, List<Ent> hist, boolean asJson, boolean toHist) {
        StringBuilder sb = new StringBuilder();
        Json j = asJson ? new Json(sb, pretty) : null;
        if (j == null) sb.append("#kernel\n");
        int h = 0;
        for (Ent n : kern) {
            long val = n.val;
            if (!dumpZeros && val == 0 && n.rate == 0) continue;
            if (!match(patterns, n.id)) {
                if (!toHist) continue;
                if (hist != null) {
                    for (int k = h; k < hist.size(); k++) {
                        if (hist.get(k).id.equals(n.id)) {
                            val = hist.get(k).val;
                            h = k + 1;
                            break;
                        }
                    }
                }
            }
            if (j != null) j.field(n.id, val);
            else sb.append(String.format("%-32s%-16d%6.1f%n", n.id, val, n.rate));
        }
        if (j != null) j.end();
        return sb.toString();
    }

    /** dump_incr_db: each counter less its history value (found by scanning on from the last match). */
    private String dumpIncr(List<Ent> kern, List<Ent> hist, List<String> patterns) {
        StringBuilder sb = new StringBuilder();
        Json j = json ? new Json(sb, pretty) : null;
        if (j == null) sb.append("#kernel\n");
        int h = 0;
        for (Ent n : kern) {
            boolean ovfl = false;
            long val = n.val;
            for (int k = h; k < hist.size(); k++) {
                Ent h1 = hist.get(k);
                if (h1.id.equals(n.id)) {
                    if (Long.compareUnsigned(val, h1.val) < 0) {
                        ovfl = true;
                        val = h1.val;
                    }
                    val -= h1.val;
                    h = k + 1;
                    break;
                }
            }
            if (!dumpZeros && val == 0 && n.rate == 0) continue;
            if (!match(patterns, n.id)) continue;
            if (j != null) j.field(n.id, val);
            else sb.append(String.format("%-32s%-16d%6.1f%s%n", n.id, val, n.rate, ovfl ? " (overflow)" : ""));
        }
        if (j != null) j.end();
        return sb.toString();
    }

    /** iproute2's json_writer for nstat's {"kernel":{...}} object, compact or pretty (4 spaces). */
    private static final class Json {
        private final StringBuilder sb;
        private final boolean pretty;
        private boolean first = true;

        Json(StringBuilder sb, boolean pretty) {
            this.sb = sb;
            this.pretty = pretty;
            sb.append(pretty ? "{\n    \"kernel\": {" : "{\"kernel\":{");
        }

        void field(String name, long v) {
            if (!first) sb.append(',');
            first = false;
            if (pretty) sb.append("\n        \"").append(name).append("\": ").append(Long.toUnsignedString(v));
            else sb.append('"').append(name).append("\":").append(Long.toUnsignedString(v));
        }

        void end() {
            if (pretty) sb.append(first ? "}\n}\n" : "\n    }\n}\n");
            else sb.append("}}\n");
        }
    }
}
