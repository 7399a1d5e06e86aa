package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.CommentMatch;

/** `-m comment --comment TEXT` (libxt_comment): shown as a C comment by -L, quoted by -S when needed. */
final class CommentExt extends MatchExt {
    private String comment;

    @Override
    String name() { return "comment"; }

    @Override
    List<Opt> options() { return List.of(Opt.argNoInv("comment")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (arg.length() > 255) throw IptError.param("comment: option \"--comment\" must be shorter than 256 characters\n");
        comment = arg;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (comment == null) throw mandatory("comment");
    }

    @Override
    XtMatch build(RuleSpec r) { return new CommentMatch(comment); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        sb.append(" /* ").append(((CommentMatch) m).comment()).append(" */");
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        sb.append(" --comment");
        saveString(sb, ((CommentMatch) m).comment());
    }

    /** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with \ before " \ '. */
    static void saveString(StringBuilder sb, String v) {
        boolean plain = !v.isEmpty();
        for (int i = 0; i < v.length() && plain; i++) {
            char c = v.charAt(i);
            plain = Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-';
        }
        if (plain) {
            sb.append(' ').append(v);
            return;
        }
        sb.append(" \"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\' || c == '\'') sb.append('\\');
            sb.append(c);
        }
        sb.append('"');
    }
}
