package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.ConnmarkTarget;

/**
 * `-j CONNMARK` (libxt_CONNMARK): --set-xmark/--set-mark/--and-mark/--or-mark/--xor-mark like MARK
 * but on the connection, --save-mark / --restore-mark with --nfmask, --ctmask or --mask.
 */
final class ConnmarkTargetExt extends TargetExt {
    private int mode = -1, ctmark, ctmask = -1, nfmask = -1;

    @Override
    String name() { return "CONNMARK"; }

    @Override
    List<Opt> options() {
        // connmark_tg_opts order: the exclusion messages name the earlier option first
        return List.of(Opt.argNoInv("set-xmark"), Opt.argNoInv("set-mark"), Opt.argNoInv("and-mark"), Opt.argNoInv("or-mark"),
                Opt.argNoInv("xor-mark"), new Opt("save-mark", false, false, false), new Opt("restore-mark", false, false, false),
                Opt.argNoInv("ctmask"), Opt.argNoInv("nfmask"), Opt.argNoInv("mask"));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "save-mark" -> mode = ConnmarkTarget.SAVE;
            case "restore-mark" -> mode = ConnmarkTarget.RESTORE;
            case "nfmask", "ctmask", "mask" -> {
                int m = (int) MarkMatchExt.parseU32Opt(arg, "CONNMARK", opt);
                if (!opt.equals("ctmask")) nfmask = m;
                if (!opt.equals("nfmask")) ctmask = m;
            }
            default -> {
                mode = ConnmarkTarget.SET;
                long[] vm = opt.startsWith("set-") ? MarkMatchExt.parseMarkMask(arg, "CONNMARK", opt)
                        : new long[] {MarkMatchExt.parseU32Opt(arg, "CONNMARK", opt), 0xffffffffL};
                int v = (int) vm[0], m = (int) vm[1];
                switch (opt) {
                    case "set-xmark" -> { ctmark = v; ctmask = m; }
                    case "set-mark" -> { ctmark = v; ctmask = m | v; }
                    case "and-mark" -> { ctmark = 0; ctmask = ~v; }
                    case "or-mark" -> { ctmark = v; ctmask = v; }
                    default -> { ctmark = v; ctmask = 0; }
                }
            }
        }
    }

    /** The options excluding each other (F_OP_ANY among the actions, --mask against --ctmask/--nfmask). */
    private static final java.util.Set<String> ACTIONS = java.util.Set.of("set-xmark", "set-mark", "and-mark", "or-mark",
            "xor-mark", "save-mark", "restore-mark");

    @Override
    void finalCheck(RuleSpec r) {
        // xtables_options_fcheck: in table order, the first option given that excludes a later one
        String first = null;
        for (Opt o : options()) {
            if (!seen.contains(o.name())) continue;
            for (Opt other : options()) {
                if (other.name().equals(o.name()) || !seen.contains(other.name())) continue;
                boolean excl = ACTIONS.contains(o.name()) && ACTIONS.contains(other.name())
                        || o.name().equals("mask") && !ACTIONS.contains(other.name()) && !other.name().equals("mask")
                        || other.name().equals("mask") && (o.name().equals("ctmask") || o.name().equals("nfmask"));
                if (excl) throw IptError.param("CONNMARK: option \"--" + o.name() + "\" cannot be used together with \"--"
                        + other.name() + "\".\n");
            }
            if (first == null) first = o.name();
        }
        if (mode < 0) throw IptError.param("CONNMARK target: No operation specified");
    }

    @Override
    XtTarget build(RuleSpec r) { return new ConnmarkTarget(mode, ctmark, ctmask, nfmask); }

    private static String hex(int v) { return "0x" + Integer.toHexString(v); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        ConnmarkTarget c = (ConnmarkTarget) t;
        switch (c.mode()) {
            case ConnmarkTarget.SET -> {
                if (c.ctmark() == 0) sb.append(" CONNMARK and ").append(hex(~c.ctmask()));
                else if (c.ctmark() == c.ctmask()) sb.append(" CONNMARK or ").append(hex(c.ctmark()));
                else if (c.ctmask() == 0) sb.append(" CONNMARK xor ").append(hex(c.ctmark()));
                else if (c.ctmask() == -1) sb.append(" CONNMARK set ").append(hex(c.ctmark()));
                else sb.append(" CONNMARK xset ").append(hex(c.ctmark())).append('/').append(hex(c.ctmask()));
            }
            case ConnmarkTarget.SAVE -> {
                if (c.nfmask() == -1 && c.ctmask() == -1) sb.append(" CONNMARK save");
                else if (c.nfmask() == c.ctmask()) sb.append(" CONNMARK save mask ").append(hex(c.nfmask()));
                else sb.append(" CONNMARK save nfmask ").append(hex(c.nfmask())).append(" ctmask ~").append(hex(c.ctmask()));
            }
            default -> {
                if (c.ctmask() == -1 && c.nfmask() == -1) sb.append(" CONNMARK restore");
                else if (c.ctmask() == c.nfmask()) sb.append(" CONNMARK restore mask ").append(hex(c.ctmask()));
                else sb.append(" CONNMARK restore ctmask ").append(hex(c.ctmask())).append(" nfmask ~").append(hex(c.nfmask()));
            }
        }
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        ConnmarkTarget c = (ConnmarkTarget) t;
        switch (c.mode()) {
            case ConnmarkTarget.SET -> sb.append(" --set-xmark ").append(hex(c.ctmark())).append('/').append(hex(c.ctmask()));
            case ConnmarkTarget.SAVE -> sb.append(" --save-mark --nfmask ").append(hex(c.nfmask())).append(" --ctmask ")
                    .append(hex(c.ctmask()));
            default -> sb.append(" --restore-mark --nfmask ").append(hex(c.nfmask())).append(" --ctmask ").append(hex(c.ctmask()));
        }
    }
}
