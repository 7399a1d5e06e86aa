package linnet.tools.iptables;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.rtnl.NfRtnl;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * iptables-save v1.8.9 (nf_tables): every table that exists (only those written to, as the
 * nf_tables backend has them), or -t TABLE; -c adds "[pkts:bytes]" before each rule. The date
 * comes from the virtual clock.
 */
public final class IptablesSave implements Tool {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public int run(Ctx ctx, List<String> args) {
        String only = null;
        boolean counters = false;
        // getopt_long("bcdt:M:f:V"): options may be glued ("-ct nat", "-tnat"); an error is getopt's
        // complaint, then the manual-page hint, exit 1.
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String val = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    val = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                String full = longOption(name);
                if (full == null) return optError(ctx, "unrecognized option '" + a + "'");
                boolean hasArg = full.equals("table") || full.equals("modprobe") || full.equals("file");
                if (!hasArg && val != null) return optError(ctx, "option '--" + full + "' doesn't allow an argument");
                if (hasArg && val == null) {
                    if (i + 1 >= args.size()) return optError(ctx, "option '--" + full + "' requires an argument");
                    val = args.get(++i);
                }
                switch (full) {
                    case "counters" -> counters = true;
                    case "table" -> only = val;
                    case "version" -> {
                        ctx.out.println("iptables-save v1.8.9 (nf_tables)");
                        return 0;
                    }
                    default -> { }
                }
                continue;
            }
            if (!a.startsWith("-") || a.length() == 1) break;
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if ("tMf".indexOf(c) >= 0) {
                    String v = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                    if (v == null) return optError(ctx, "option requires an argument -- '" + c + "'");
                    if (c == 't') only = v;
                    break;
                }
                switch (c) {
                    case 'c' -> counters = true;
                    case 'b' -> ctx.err.println("-b/--binary option is not implemented");
                    case 'd' -> { }
                    case 'V' -> {
                        ctx.out.println("iptables-save v1.8.9 (nf_tables)");
                        return 0;
                    }
                    default -> {
                        return optError(ctx, "invalid option -- '" + c + "'");
                    }
                }
            }
        }
        if (i < args.size()) {
            ctx.err.println("Unknown arguments found on commandline");
            return 1;
        }
        // do_output: a table that is neither in the kernel nor one of the built-in tables is refused.
        if (only != null && XtTable.hooksOf(only) == null) {
            ctx.err.println("Table `" + only + "' does not exist");
            return 1;
        }
        String date = date(ctx);
        StringBuilder sb = new StringBuilder();
        // Without -t every table in the kernel is saved; with -t a built-in table is saved even when
        // nothing created it yet (its built-in chains show as ACCEPT [0:0], as in the listings).
        List<String> names = only != null ? List.of(only) : order(NfRtnl.tables(ctx.net));
        for (String name : names) {
            XtTable t = IptExec.view(ctx.net, name, null);
            dump(sb, t, counters, date, IptExec.tainted(ctx.net, name));
        }
        ctx.out.print(sb);
        return 0;
    }

    /** getopt_long's unambiguous-prefix match over iptables-save's long options. */
    private static String longOption(String name) {
        String hit = null;
        for (String o : List.of("counters", "version", "dump", "table", "modprobe", "file")) {
            if (o.equals(name)) return o;
            if (!name.isEmpty() && o.startsWith(name)) {
                if (hit != null) return null;
                hit = o;
            }
        }
        return hit;
    }

    private static int optError(Ctx ctx, String msg) {
        ctx.err.println("iptables-save: " + msg);
        ctx.err.println("Look at manual page `iptables-save.8' for more information.");
        return 1;
    }

    /**
     * iptables-nft walks its table cache by enum nft_table_type: mangle, security, raw, filter, nat
     * (recorded: created filter, mangle, raw, nat, security; saved in that enum order).
     */
    static List<String> order(List<String> present) {
        List<String> all = List.of("mangle", "security", "raw", "filter", "nat");
        return all.stream().filter(present::contains).toList();
    }

    static String date(Ctx ctx) {
        long secs = linnet.kernel.core.Realtime.ns(ctx.host.kernel().loop.now()) / 1_000_000_000L;
        return DATE.format(Instant.ofEpochSecond(secs));
    }

    static void dump(StringBuilder sb, XtTable t, boolean counters, String date, boolean tainted) {
        if (tainted) sb.append(IptExec.taintNote(t.name));
        sb.append("# Generated by iptables-save v1.8.9 (nf_tables) on ").append(date).append('\n');
        sb.append('*').append(t.name).append('\n');
        for (XtChain c : t.chains.values()) {
            sb.append(':').append(c.name).append(' ');
            if (c.builtin()) sb.append(IptPrint.policyName(c.policy)).append(" [").append(c.policyPkts).append(':')
                    .append(c.policyBytes).append("]\n");
            else sb.append("- [0:0]\n");
        }
        for (XtChain c : t.chains.values()) {
            for (XtRule r : c.rules) {
                if (counters) sb.append('[').append(r.pkts).append(':').append(r.bytes).append("] ");
                sb.append("-A ").append(c.name).append(IptPrint.save(r)).append('\n');
            }
        }
        sb.append("COMMIT\n");
        sb.append("# Completed on ").append(date).append('\n');
    }
}
