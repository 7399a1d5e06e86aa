package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.DsfieldMatch;
import linnet.kernel.netfilter.xt.DsfieldTarget;

/** The DS-field helpers shared by libxt_DSCP, libxt_dscp, libxt_TOS and libxt_tos. */
final class DsfieldExt {
    private DsfieldExt() {}

    /** dscp_helper.c's class names. */
    private static final Object[][] CLASSES = {{"CS0", 0x00}, {"CS1", 0x08}, {"CS2", 0x10}, {"CS3", 0x18}, {"CS4", 0x20},
        {"CS5", 0x28}, {"CS6", 0x30}, {"CS7", 0x38}, {"BE", 0x00}, {"AF11", 0x0a}, {"AF12", 0x0c}, {"AF13", 0x0e},
        {"AF21", 0x12}, {"AF22", 0x14}, {"AF23", 0x16}, {"AF31", 0x1a}, {"AF32", 0x1c}, {"AF33", 0x1e}, {"AF41", 0x22},
        {"AF42", 0x24}, {"AF43", 0x26}, {"EF", 0x2e}};

    /** tos_values: the RFC 1349 names (printed only when the mask is 0x3f). */
    private static final Object[][] TOS_NAMES = {{"Minimize-Delay", 0x10}, {"Maximize-Throughput", 0x08},
        {"Maximize-Reliability", 0x04}, {"Minimize-Cost", 0x02}, {"Normal-Service", 0x00}};

    static int dscpClass(String s) {
        for (Object[] c : CLASSES) if (((String) c[0]).equalsIgnoreCase(s)) return (Integer) c[1];
        throw IptError.param("Invalid DSCP value `" + s + "'");
    }

    static int dscpValue(String ext, String opt, String arg) {
        Integer v = Names.parseUInt(arg, 0, 63);
        if (v == null) throw IptError.param(ext + ": bad value for option \"--" + opt + "\", or out of range (0-63).\n");
        return v;
    }

    /** xtables_parse_tos: VALUE[/MASK] (mask 0xff), or a symbolic name (mask 0x3f). */
    static int[] parseTos(String s) {
        int slash = s.indexOf('/');
        Integer v = Names.parseUInt(slash < 0 ? s : s.substring(0, slash), 0, 255);
        Integer m = slash < 0 ? Integer.valueOf(0xff) : Names.parseUInt(s.substring(slash + 1), 0, 255);
        if (v != null && m != null) return new int[] {v, m};
        for (Object[] t : TOS_NAMES) if (((String) t[0]).equalsIgnoreCase(s)) return new int[] {(Integer) t[1], 0x3f};
        throw IptError.param("Symbolic name \"" + s + "\" is unknown");
    }

    /** tos_try_print_symbolic: " PREFIX" + name when the mask is 0x3f and the value has one. */
    static boolean symbolic(StringBuilder sb, String prefix, int value, int mask) {
        if (mask != 0x3f) return false;
        for (Object[] t : TOS_NAMES)
            if ((Integer) t[1] == value) {
                sb.append(' ').append(prefix).append(t[0]);
                return true;
            }
        return false;
    }

    static String hex2(int v) { return String.format(Locale.ROOT, "0x%02x", v); }

    /** `-j DSCP --set-dscp N | --set-dscp-class CLASS`. */
    static final class Target extends TargetExt {
        private int dscp = -1;

        @Override
        String name() { return "DSCP"; }

        @Override
        List<Opt> options() { return List.of(Opt.argNoInv("set-dscp"), Opt.argNoInv("set-dscp-class")); }

        @Override
        void parse(String opt, String arg, boolean invert, RuleSpec r) {
            dscp = opt.equals("set-dscp") ? dscpValue("DSCP", opt, arg) : dscpClass(arg);
        }

        @Override
        void finalCheck(RuleSpec r) {
            if (seen.contains("set-dscp") && seen.contains("set-dscp-class"))
                throw IptError.param("DSCP: option \"--set-dscp\" cannot be used together with \"--set-dscp-class\".\n");
            if (dscp < 0) throw IptError.param("DSCP target: Parameter --set-dscp is required");
        }

        @Override
        XtTarget build(RuleSpec r) { return new DsfieldTarget(true, dscp, 0); }

        @Override
        void print(XtTarget t, boolean numeric, StringBuilder sb) { sb.append(" DSCP set ").append(hex2(((DsfieldTarget) t).value())); }

        @Override
        void save(XtTarget t, StringBuilder sb) { sb.append(" --set-dscp ").append(hex2(((DsfieldTarget) t).value())); }
    }

    /** `-j TOS --set-tos V[/M] | NAME, --and-tos, --or-tos, --xor-tos` (revision 1). */
    static final class TosTarget extends TargetExt {
        private int value, mask;
        private boolean given;

        @Override
        String name() { return "TOS"; }

        @Override
        List<Opt> options() {
            return List.of(Opt.argNoInv("set-tos"), Opt.argNoInv("and-tos"), Opt.argNoInv("or-tos"), Opt.argNoInv("xor-tos"));
        }

        @Override
        void parse(String opt, String arg, boolean invert, RuleSpec r) {
            given = true;
            if (opt.equals("set-tos")) {
                int[] vm = parseTos(arg);
                value = vm[0];
                mask = vm[1];
                return;
            }
            Integer v = Names.parseUInt(arg, 0, 255);
            if (v == null) throw IptError.param("TOS: bad value for option \"--" + opt + "\", or out of range (0-255).\n");
            switch (opt) {
                case "and-tos" -> { value = 0; mask = ~v & 0xff; }
                case "or-tos" -> { value = v; mask = v; }
                default -> { value = v; mask = 0; }
            }
        }

        @Override
        void finalCheck(RuleSpec r) {
            if (!given) throw IptError.param("TOS: An action is required");
        }

        @Override
        XtTarget build(RuleSpec r) { return new DsfieldTarget(false, value, mask); }

        @Override
        void print(XtTarget t, boolean numeric, StringBuilder sb) {
            DsfieldTarget d = (DsfieldTarget) t;
            if (numeric) sb.append(" TOS set ").append(hex2(d.value())).append('/').append(hex2(d.mask()));
            else if (symbolic(sb, " TOS set", d.value(), d.mask())) { }
            else if (d.value() == 0) sb.append(" TOS and ").append(hex2(~d.mask() & 0xff));
            else if (d.value() == d.mask()) sb.append(" TOS or ").append(hex2(d.value()));
            else if (d.mask() == 0) sb.append(" TOS xor ").append(hex2(d.value()));
            else sb.append(" TOS set ").append(hex2(d.value())).append('/').append(hex2(d.mask()));
        }

        @Override
        void save(XtTarget t, StringBuilder sb) {
            DsfieldTarget d = (DsfieldTarget) t;
            sb.append(" --set-tos ").append(hex2(d.value())).append('/').append(hex2(d.mask()));
        }
    }

    /** `-m dscp [!] --dscp N | --dscp-class CLASS`. */
    static final class Match extends MatchExt {
        private int dscp = -1;
        private boolean invert;

        @Override
        String name() { return "dscp"; }

        @Override
        List<Opt> options() { return List.of(Opt.arg("dscp"), Opt.arg("dscp-class")); }

        @Override
        void parse(String opt, String arg, boolean inv, RuleSpec r) {
            dscp = opt.equals("dscp") ? dscpValue("dscp", opt, arg) : dscpClass(arg);
            invert = inv;
        }

        @Override
        void finalCheck(RuleSpec r) {
            if (seen.contains("dscp") && seen.contains("dscp-class"))
                throw IptError.param("dscp: option \"--dscp\" cannot be used together with \"--dscp-class\".\n");
            if (dscp < 0) throw IptError.param("DSCP match: Parameter --dscp is required");
        }

        @Override
        XtMatch build(RuleSpec r) { return new DsfieldMatch(true, dscp, 0, invert); }

        @Override
        void print(XtMatch m, boolean numeric, StringBuilder sb) {
            DsfieldMatch d = (DsfieldMatch) m;
            sb.append(" DSCP match ").append(d.invert() ? "!" : "").append(hex2(d.value()));
        }

        @Override
        void save(XtMatch m, StringBuilder sb) {
            DsfieldMatch d = (DsfieldMatch) m;
            sb.append(d.invert() ? " !" : "").append(" --dscp ").append(hex2(d.value()));
        }
    }

    /** `-m tos [!] --tos V[/M] | NAME` (revision 1). */
    static final class TosMatch extends MatchExt {
        private int value, mask;
        private boolean invert, given;

        @Override
        String name() { return "tos"; }

        @Override
        List<Opt> options() { return List.of(Opt.arg("tos")); }

        @Override
        void parse(String opt, String arg, boolean inv, RuleSpec r) {
            int[] vm = parseTos(arg);
            value = vm[0];
            mask = vm[1];
            invert = inv;
            given = true;
        }

        @Override
        void finalCheck(RuleSpec r) {
            if (!given) throw mandatory("tos");
        }

        @Override
        XtMatch build(RuleSpec r) { return new DsfieldMatch(false, value, mask, invert); }

        @Override
        void print(XtMatch m, boolean numeric, StringBuilder sb) {
            DsfieldMatch d = (DsfieldMatch) m;
            sb.append(" tos match").append(d.invert() ? "!" : "");
            if (numeric || !symbolic(sb, "", d.value(), d.mask())) sb.append(hex2(d.value())).append('/').append(hex2(d.mask()));
        }

        @Override
        void save(XtMatch m, StringBuilder sb) {
            DsfieldMatch d = (DsfieldMatch) m;
            sb.append(d.invert() ? " !" : "").append(" --tos ").append(hex2(d.value())).append('/').append(hex2(d.mask()));
        }
    }
}
