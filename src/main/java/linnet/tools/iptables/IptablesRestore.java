package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.rtnl.NfRtnl;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * iptables-restore v1.8.9 (nf_tables): reads iptables-save text (from a file argument, or the
 * text given to {@link #restore}); each "*table" ... "COMMIT" block replaces the table (or adds
 * to it with -n/--noflush); -c restores "[pkts:bytes]" counters; -t only tests.
 */
public final class IptablesRestore implements Tool {
    static final String USAGE = """
            Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
            \t   [ --counters ]
            \t   [ --verbose ]
            \t   [ --version]
            \t   [ --test ]
            \t   [ --help ]
            \t   [ --noflush ]
            \t   [ --table=<TABLE> ]
            \t   [ --modprobe=<command> ]
            \t   [ --ipv4 ]
            \t   [ --ipv6 ]
            """;

    private static final List<String> LONG = List.of("counters", "verbose", "version", "test", "help", "noflush",
            "modprobe", "table", "ipv4", "ipv6", "wait", "wait-interval");

    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean noflush = false, counters = false, test = false;
        List<String> operands = new ArrayList<>();
        // getopt_long("bcvVthnM:T:wW"): operands may come anywhere; errors end with the -h hint.
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            char[] opts;
            String val = null;
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    val = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                String full = null;
                for (String l : LONG) {
                    if (l.equals(name)) {
                        full = l;
                        break;
                    }
                    if (!name.isEmpty() && l.startsWith(name)) full = full == null ? l : "";
                }
                if (full == null || full.isEmpty()) return optError(ctx, "unrecognized option '" + a + "'");
                boolean hasArg = full.equals("modprobe") || full.equals("table");
                if (hasArg && val == null) {
                    if (i + 1 >= args.size()) return optError(ctx, "option '--" + full + "' requires an argument");
                    val = args.get(++i);
                } else if (!hasArg && val != null && !full.startsWith("wait")) {
                    return optError(ctx, "option '--" + full + "' doesn't allow an argument");
                }
                opts = new char[] {switch (full) {
                    case "counters" -> 'c';
                    case "verbose" -> 'v';
                    case "version" -> 'V';
                    case "test" -> 't';
                    case "help" -> 'h';
                    case "noflush" -> 'n';
                    case "modprobe" -> 'M';
                    case "table" -> 'T';
                    case "ipv4" -> '4';
                    case "ipv6" -> '6';
                    default -> 'w';
                }};
            } else if (a.startsWith("-") && a.length() > 1) {
                opts = a.substring(1).toCharArray();
            } else {
                operands.add(a);
                continue;
            }
            for (int j = 0; j < opts.length; j++) {
                char c = opts[j];
                if ((c == 'M' || c == 'T') && val == null) {
                    val = j + 1 < opts.length ? a.substring(j + 2) : (i + 1 < args.size() ? args.get(++i) : null);
                    if (val == null) return optError(ctx, "option requires an argument -- '" + c + "'");
                    j = opts.length;
                }
                switch (c) {
                    case 'b' -> ctx.err.println("-b/--binary option is not implemented");
                    case 'c' -> counters = true;
                    case 't' -> test = true;
                    case 'n' -> noflush = true;
                    case 'v', 'w', 'W', '4', 'M', 'T' -> { }
                    case 'V' -> {
                        ctx.out.println("iptables-restore v1.8.9 (nf_tables)");
                        return 0;
                    }
                    case 'h' -> {
                        ctx.out.print(USAGE);
                        return 0;
                    }
                    case '6' -> { }
                    default -> {
                        return optError(ctx, "invalid option -- '" + c + "'");
                    }
                }
            }
        }
        if (operands.size() > 1) {
            ctx.err.println("Unknown arguments found on commandline");
            return 1;
        }
        String text;
        if (operands.isEmpty()) {
            // stdin: /dev/null for a script line, or what a pipe fed in
            text = ctx.stdin() == null ? "" : new String(ctx.stdin(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            String file = operands.get(0);
            try {
                text = ctx.host.vfs().read(ctx.ns(), file);
            } catch (KernelException e) {
                ctx.err.println("Can't open " + file + ": " + e.errno.text);
                return 1;
            }
        }
        return restore(ctx, text, noflush, counters, test);
    }

    private static int optError(Ctx ctx, String msg) {
        ctx.err.println("iptables-restore: " + msg);
        ctx.err.println("Try `iptables-restore -h' for more information.");
        return 1;
    }

    /** Applies {@code text}; returns the exit status (1 with "iptables-restore: line N failed"). */
    public static int restore(Ctx ctx, String text, boolean noflush, boolean counters, boolean test) {
        String[] lines = text.split("\n", -1);
        XtTable cur = null;
        List<XtTable> done = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            int lineNo = n + 1;
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (cur == null && !line.startsWith("*")) {
                // outside a table nothing but "*table" parses: the line just fails
                ctx.err.println("iptables-restore: line " + lineNo + " failed");
                return 1;
            }
            try {
                if (line.startsWith("*")) {
                    String name = line.substring(1).strip();
                    if (XtTable.hooksOf(name) == null)
                        throw IptError.version("table '" + name + "' does not exist");
                    XtTable old = NfRtnl.table(ctx.net, name);
                    if (noflush && old != null) cur = old;
                    else {
                        cur = XtTable.fresh(name);
                        if (noflush) cur = XtTable.fresh(name);
                    }
                } else if (line.equals("COMMIT")) {
                    if (cur == null) throw IptError.param("COMMIT without table");
                    if (!test) NfRtnl.install(ctx.net, IptExec.ordered(cur));
                    else NfRtnl.check(cur);
                    done.add(cur);
                    cur = null;
                } else if (line.startsWith(":")) {
                    if (cur == null) throw IptError.param("no table specified");
                    chainLine(cur, line.substring(1), counters);
                } else {
                    if (cur == null) throw IptError.param("no table specified");
                    ruleLine(ctx, cur, line, counters);
                }
            } catch (IptError | KernelException e) {
                if (e instanceof IptError ie) ie.report(ctx.err, "iptables-restore");
                ctx.err.println("iptables-restore: line " + lineNo + " failed");
                return 1;
            }
        }
        if (cur != null) {
            ctx.err.println("iptables-restore: COMMIT expected at line " + (lines.length));
            return 1;
        }
        return 0;
    }

    private static void chainLine(XtTable t, String spec, boolean counters) {
        String[] f = spec.split("\\s+");
        String name = f[0];
        String policy = f.length > 1 ? f[1] : "-";
        XtChain ch = t.chains.get(name);
        if (IptExec.isBuiltin(t.name, name)) {
            if (ch == null) {
                ch = XtTable.fresh(t.name).chains.get(name);
                t.chains.put(name, ch);
            }
            ch.policyCounters = true;
            if (!policy.equals("-")) {
                if (!policy.equals("ACCEPT") && !policy.equals("DROP"))
                    throw IptError.param("Can't set policy `" + policy + "' on `" + name + "' line");
                ch.policy = policy.equals("DROP") ? Verdict.NF_DROP : Verdict.NF_ACCEPT;
            }
            if (counters && f.length > 2) {
                long[] pc = counters(f[2]);
                ch.policyPkts = pc[0];
                ch.policyBytes = pc[1];
            }
        } else {
            // nft_chain_restore: a declared user chain that exists already is flushed
            if (ch == null) t.chains.put(name, new XtChain(name, -1));
            else ch.rules.clear();
        }
    }

    private static long[] counters(String s) {
        if (!s.startsWith("[") || !s.endsWith("]") || s.indexOf(':') < 0)
            throw IptError.param("invalid counters `" + s + "'");
        String[] pb = s.substring(1, s.length() - 1).split(":");
        try {
            return new long[] {Long.parseLong(pb[0]), Long.parseLong(pb[1])};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw IptError.param("invalid counters `" + s + "'");
        }
    }

    private static void ruleLine(Ctx ctx, XtTable t, String line, boolean counters) throws KernelException {
        long[] pc = null;
        if (line.startsWith("[")) {
            int end = line.indexOf(']');
            pc = counters(line.substring(0, end + 1));
            line = line.substring(end + 1).strip();
        }
        List<String> argv = Words.split(line);
        Command c = IptParser.parse(argv, t.name, ctx.err);
        if (pc != null && counters) c.counters = pc;
        if (c.cmd != 'A' && c.cmd != 'I') throw IptError.param("only -A and -I are supported in restore files");
        XtChain ch = t.chains.get(c.chain);
        if (ch == null) throw IptError.strerror(IptExec.NO_CHAIN);
        if (c.rule.target == null && !c.rule.jumpto.isEmpty() && !t.chains.containsKey(c.rule.jumpto))
            throw IptError.param("Chain '" + c.rule.jumpto + "' does not exist");
        XtRule r = c.rule.toRule();
        if (c.counters != null) {
            r.pkts = c.counters[0];
            r.bytes = c.counters[1];
        }
        if (c.cmd == 'A') ch.rules.add(r);
        else ch.rules.add(Math.min(c.rulenum - 1, ch.rules.size()), r);
    }
}
