package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * basename(1) of GNU coreutils 9.1: NAME without its directory and trailing slashes, and without
 * SUFFIX when it ends so (and is more than it); -a / -s SUFFIX take several names; -z ends with NUL.
 */
public final class Basename implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("basename", "as:z", 1).longOpt("multiple", 0, "a").longOpt("suffix", 1, "s")
                .longOpt("zero", 0, "z").parse(ctx, args);
        boolean multiple = false, zero = false;
        String suffix = null;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "a" -> multiple = true;
                case "s" -> {
                    multiple = true;
                    suffix = opt.arg();
                }
                default -> zero = true;
            }
        }
        List<String> ops = o.operands;
        if (ops.isEmpty()) o.fail(ctx, "missing operand");
        if (!multiple && ops.size() > 2) o.fail(ctx, "extra operand " + Input.quoteAlways(ops.get(2)));
        if (!multiple && ops.size() == 2) {
            suffix = ops.get(1);
            ops = ops.subList(0, 1);
        }
        StringBuilder out = new StringBuilder();
        for (String name : ops) out.append(base(name, suffix)).append(zero ? '\0' : '\n');
        ctx.out.print(out);
        ctx.out.flush();
        return 0;
    }

    static String base(String name, String suffix) {
        int end = name.length();
        while (end > 1 && name.charAt(end - 1) == '/') end--;
        String s = name.substring(0, end);
        // all slashes: the root
        if (s.equals("/")) return "/";
        String b = s.substring(s.lastIndexOf('/') + 1);
        if (suffix != null && !suffix.isEmpty() && b.length() > suffix.length() && b.endsWith(suffix)) {
            b = b.substring(0, b.length() - suffix.length());
        }
        return b;
    }
}
