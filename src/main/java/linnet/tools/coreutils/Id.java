package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * id(1) of GNU coreutils 9.1 for the one account linnet's processes run as, root (uid 0, gid 0,
 * no supplementary groups): the default line, -u -g -G with -n (names) and -r (real ids, the
 * same here), -z. A USER operand may be root or 0; any other is "no such user".
 */
public final class Id implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("id", "agnruzGZ", 1).longOpt("context", 0, "Z").longOpt("group", 0, "g")
                .longOpt("groups", 0, "G").longOpt("name", 0, "n").longOpt("real", 0, "r").longOpt("user", 0, "u")
                .longOpt("zero", 0, "z").parse(ctx, args);
        boolean name = false, real = false, zero = false;
        char which = 0;
        int selectors = 0;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "n" -> name = true;
                case "r" -> real = true;
                case "z" -> zero = true;
                case "u", "g", "G" -> {
                    which = opt.key().charAt(0);
                    selectors++;
                }
                case "Z" -> {
                    ctx.err.println("id: --context (-Z) works only on an SELinux-enabled kernel");
                    return 1;
                }
                default -> { } // -a: ignored, as GNU does
            }
        }
        if (selectors > 1) {
            ctx.err.println("id: cannot print \"only\" of more than one choice");
            return 1;
        }
        for (String user : o.operands) {
            if (!user.equals("root") && !user.equals("0")) {
                ctx.err.println("id: " + Input.quoteAlways(user) + ": no such user");
                return 1;
            }
        }
        if (which == 0 && (name || real)) {
            ctx.err.println("id: cannot print only names or real IDs in default format");
            return 1;
        }
        if (which == 0 && zero) {
            ctx.err.println("id: option --zero not permitted in default format");
            return 1;
        }
        int lines = Math.max(1, o.operands.size());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            if (which == 0) out.append("uid=0(root) gid=0(root) groups=0(root)\n");
            else out.append(name ? "root" : "0").append(zero ? '\0' : '\n');
        }
        ctx.out.print(out);
        ctx.out.flush();
        return 0;
    }
}
