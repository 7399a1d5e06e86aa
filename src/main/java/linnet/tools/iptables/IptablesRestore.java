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
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean noflush = false, counters = false, test = false;
        String file = null;
        for (String a : args) {
            switch (a) {
                case "-n", "--noflush" -> noflush = true;
                case "-c", "--counters" -> counters = true;
                case "-t", "--test" -> test = true;
                case "-w", "--wait", "-v", "--verbose" -> { }
                default -> {
                    if (a.startsWith("-")) {
                        ctx.err.println("iptables-restore v1.8.9 (nf_tables): unknown option \"" + a + "\"");
                        return 2;
                    }
                    file = a;
                }
            }
        }
        String text;
        if (file == null) text = "";
        else {
            try {
                text = ctx.host.vfs().read(ctx.callerNet, file);
            } catch (KernelException e) {
                ctx.err.println("Can't open " + file + ": " + e.errno.text);
                return 1;
            }
        }
        return restore(ctx, text, noflush, counters, test);
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
            if (ch == null) t.chains.put(name, new XtChain(name, -1));
            else if (!counters) ch.rules.clear();
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
