package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * dirname(1) of GNU coreutils 9.1: each NAME without its last component and the slashes before
 * it ("." when nothing is left, "/" for the root; the leading slashes of "//a//b" stay: "//a").
 */
public final class Dirname implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("dirname", "z", 1).longOpt("zero", 0, "z").parse(ctx, args);
        boolean zero = !o.opts.isEmpty();
        if (o.operands.isEmpty()) o.fail(ctx, "missing operand");
        StringBuilder out = new StringBuilder();
        for (String name : o.operands) out.append(dir(name)).append(zero ? '\0' : '\n');
        ctx.out.print(out);
        ctx.out.flush();
        return 0;
    }

    static String dir(String name) {
        int prefix = name.startsWith("/") ? 1 : 0;
        // the start of the last component (after the last run of slashes that has something behind it)
        int last = 0;
        boolean slashes = false;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '/') slashes = true;
            else if (slashes || i == 0) {
                last = i;
                slashes = false;
            }
        }
        if (name.chars().allMatch(c -> c == '/')) last = name.length();
        int len = last;
        while (len > prefix && name.charAt(len - 1) == '/') len--;
        return len == 0 ? "." : name.substring(0, len);
    }
}
