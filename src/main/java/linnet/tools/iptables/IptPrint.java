package linnet.tools.iptables;

import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;

/**
 * The two ways iptables shows a rule: the -L table (print_header, print_rule_details,
 * print_ifaces, print_ipv4_addresses, then each extension's print) and the -S / iptables-save
 * command form (save_ipv4_addr, save_rule_details, then each extension's save).
 */
final class IptPrint {
    private IptPrint() {}

    /** FMT_* flags of xshared.h. */
    static final int NUMERIC = 1, NOCOUNTS = 2, KILOMEGAGIGA = 4, OPTIONS = 8, NOTABLE = 16, NOTARGET = 32, VIA = 64,
            LINENUMBERS = 256;

    static int listFormat(Command c) {
        int f = OPTIONS;
        if (!c.verbose) f |= NOCOUNTS;
        else f |= VIA;
        if (c.numeric) f |= NUMERIC;
        if (!c.exact) f |= KILOMEGAGIGA;
        if (c.lineNumbers) f |= LINENUMBERS;
        return f;
    }

    private static String fmt(int format, String table, String notable, Object... args) {
        return String.format((format & NOTABLE) != 0 ? notable : table, args);
    }

    /** xtables_print_num. */
    static String num(long n, int format) {
        if ((format & KILOMEGAGIGA) == 0) return fmt(format, "%8d ", "%d ", n);
        if (n <= 99999) return fmt(format, "%5d ", "%d ", n);
        String[] units = {"K", "M", "G", "T"};
        for (int i = 0; i < units.length; i++) {
            n = (n + 500) / 1000;
            if (n <= 9999 || i == units.length - 1) return fmt(format, "%4d" + units[i] + " ", "%d" + units[i] + " ", n);
        }
        throw new AssertionError();
    }

    static String policyName(int verdict) { return verdict == Verdict.NF_DROP ? "DROP" : "ACCEPT"; }

    /** print_header: "Chain X (policy P ...)" or "(N references)", then the column titles. */
    static void header(StringBuilder sb, XtTable t, XtChain ch, int format) {
        sb.append("Chain ").append(ch.name);
        if (ch.builtin()) {
            sb.append(" (policy ").append(policyName(ch.policy));
            if ((format & NOCOUNTS) == 0) {
                sb.append(' ').append(num(ch.policyPkts, format | NOTABLE)).append("packets, ")
                        .append(num(ch.policyBytes, format | NOTABLE)).append("bytes");
            }
            sb.append(")\n");
        } else {
            sb.append(" (").append(t.references(ch.name)).append(" references)\n");
        }
        if ((format & LINENUMBERS) != 0) sb.append(fmt(format, "%-4s ", "%s ", "num"));
        if ((format & NOCOUNTS) == 0) {
            if ((format & KILOMEGAGIGA) != 0) {
                sb.append(fmt(format, "%5s ", "%s ", "pkts")).append(fmt(format, "%5s ", "%s ", "bytes"));
            } else {
                sb.append(fmt(format, "%8s ", "%s ", "pkts")).append(fmt(format, "%10s ", "%s ", "bytes"));
            }
        }
        if ((format & NOTARGET) == 0) sb.append(fmt(format, "%-9s ", "%s ", "target"));
        sb.append(" prot ");
        if ((format & OPTIONS) != 0) sb.append("opt");
        if ((format & VIA) != 0) sb.append(fmt(format, " %-6s ", "%s ", "in")).append(fmt(format, "%-6s ", "%s ", "out"));
        sb.append(fmt(format, " %-19s ", "%s ", "source")).append(fmt(format, " %-19s ", " %s ", "destination"));
        sb.append('\n');
    }

    static String targetName(XtRule r) {
        if (r.target instanceof JumpTarget j) return j.chain();
        return r.target.listName();
    }

    /** One -L line (nft_ipv4_print_rule). */
    static void rule(StringBuilder sb, XtRule r, int linenum, int format) {
        IpEntry ip = r.ip;
        if ((format & LINENUMBERS) != 0) sb.append(fmt(format, "%-4d ", "%d ", linenum));
        if ((format & NOCOUNTS) == 0) sb.append(num(r.pkts, format)).append(num(r.bytes, format));
        if ((format & NOTARGET) == 0) sb.append(fmt(format, "%-9s ", "%s ", targetName(r)));
        sb.append(ip.inv(IpEntry.INV_PROTO) ? '!' : ' ');
        String pname = (format & NUMERIC) != 0 ? null : Names.protoName(ip.proto());
        if (pname != null) sb.append(fmt(format, "%-5s", "%s ", pname));
        else sb.append(fmt(format, "%-5d", "%d ", ip.proto()));
        if ((format & OPTIONS) != 0) {
            if ((format & NOTABLE) != 0) sb.append("opt ");
            sb.append(ip.inv(IpEntry.INV_FRAG) ? '!' : '-').append(ip.fragment() ? 'f' : '-').append(' ');
        }
        if ((format & VIA) != 0) {
            // print_ifaces: a rule without an interface shows "any", or "*" with -n.
            String any = (format & NUMERIC) != 0 ? "*" : "any";
            String in = (ip.inv(IpEntry.INV_VIA_IN) ? "!" : "") + (ip.inIface().isEmpty() ? any : ip.inIface());
            String out = (ip.inv(IpEntry.INV_VIA_OUT) ? "!" : "") + (ip.outIface().isEmpty() ? any : ip.outIface());
            sb.append(fmt(format, " %-6s ", "in %s ", in)).append(fmt(format, "%-6s ", "out %s ", out));
        }
        sb.append(ip.inv(IpEntry.INV_SRCIP) ? '!' : ' ');
        sb.append(fmt(format, "%-19s ", "%s ", addr(ip.src(), ip.srcMask(), format)));
        sb.append(ip.inv(IpEntry.INV_DSTIP) ? '!' : ' ');
        sb.append(fmt(format, "%-19s ", "-> %s", addr(ip.dst(), ip.dstMask(), format)));
        if ((format & NOTABLE) != 0) sb.append("  ");
        if (r.target instanceof JumpTarget j && j.isGoto()) sb.append("[goto] ");
        for (XtMatch m : r.matches) Extensions.printerFor(m).print(m, (format & NUMERIC) != 0, sb, ip.proto());
        TargetExt te = Extensions.printerFor(r.target);
        if (te != null) te.print(r.target, (format & NUMERIC) != 0, sb);
        sb.append('\n');
    }

    private static String addr(int a, int mask, int format) {
        if (mask == 0 && (format & NUMERIC) == 0) return "anywhere";
        String s = (format & NUMERIC) != 0 ? Names.dotted(a) : Names.hostName(a);
        return mask == -1 ? s : s + "/" + Names.maskText(mask);
    }

    /** The -S / iptables-save form of a rule, without the leading "-A CHAIN". */
    static String save(XtRule r) { return save(r, false); }

    /** The same; with {@code counters} (-S -v) " -c PKTS BYTES" goes after the matches, before the target. */
    static String save(XtRule r, boolean counters) {
        StringBuilder sb = new StringBuilder();
        IpEntry ip = r.ip;
        saveAddr(sb, 's', ip.src(), ip.srcMask(), ip.inv(IpEntry.INV_SRCIP));
        saveAddr(sb, 'd', ip.dst(), ip.dstMask(), ip.inv(IpEntry.INV_DSTIP));
        saveIface(sb, 'i', ip.inIface(), ip.inv(IpEntry.INV_VIA_IN));
        saveIface(sb, 'o', ip.outIface(), ip.inv(IpEntry.INV_VIA_OUT));
        if (ip.proto() > 0) {
            if (ip.inv(IpEntry.INV_PROTO)) sb.append(" !");
            String pname = Names.protoName(ip.proto());
            sb.append(" -p ").append(pname != null ? pname : Integer.toString(ip.proto()));
        }
        if (ip.fragment()) {
            if (ip.inv(IpEntry.INV_FRAG)) sb.append(" !");
            sb.append(" -f");
        }
        for (XtMatch m : r.matches) {
            sb.append(" -m ").append(m.name());
            Extensions.printerFor(m).save(m, sb);
        }
        if (counters) sb.append(" -c ").append(r.pkts).append(' ').append(r.bytes);
        if (r.target instanceof JumpTarget j) {
            sb.append(j.isGoto() ? " -g " : " -j ").append(j.chain());
        } else {
            TargetExt te = Extensions.printerFor(r.target);
            if (te != null) {
                sb.append(" -j ").append(r.target.name());
                te.save(r.target, sb);
            }
        }
        return sb.toString();
    }

    private static void saveAddr(StringBuilder sb, char letter, int a, int mask, boolean inv) {
        if (mask == 0 && !inv && a == 0) return;
        sb.append(inv ? " !" : "").append(" -").append(letter).append(' ').append(Names.dotted(a)).append('/')
                .append(Names.maskText(mask));
    }

    private static void saveIface(StringBuilder sb, char letter, String name, boolean inv) {
        if (name.isEmpty() && !inv) return;
        sb.append(inv ? " !" : "").append(" -").append(letter).append(' ').append(name);
    }
}
