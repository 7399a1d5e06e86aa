package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Uts;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * uname(1) of GNU coreutils 9.1 over the machine's UTS name: the fields in their fixed order
 * (-s -n -r -v -m -p -i -o), -s alone by default; -a leaves out -p and -i, which Linux reports
 * as "unknown".
 */
public final class Uname implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("uname", "asnrvmpio", 1).longOpt("all", 0, "a").longOpt("kernel-name", 0, "s")
                .longOpt("nodename", 0, "n").longOpt("kernel-release", 0, "r").longOpt("kernel-version", 0, "v")
                .longOpt("machine", 0, "m").longOpt("processor", 0, "p").longOpt("hardware-platform", 0, "i")
                .longOpt("operating-system", 0, "o").parse(ctx, args);
        if (!o.operands.isEmpty()) o.fail(ctx, "extra operand " + Input.quoteAlways(o.operands.get(0)));
        String keys = "";
        for (GnuOpts.Opt opt : o.opts) keys += opt.key().equals("a") ? "snrvmo" : opt.key();
        if (keys.isEmpty()) keys = "s";
        Uts uts = ctx.proc != null ? ctx.proc.uts(ctx.host.kernel().uts) : ctx.host.kernel().uts;
        List<String> out = new ArrayList<>();
        for (char k : "snrvmpio".toCharArray()) {
            if (keys.indexOf(k) < 0) continue;
            out.add(switch (k) {
                case 's' -> Uts.SYSNAME;
                case 'n' -> uts.nodename();
                case 'r' -> Uts.RELEASE;
                case 'v' -> Uts.VERSION;
                case 'm' -> Uts.MACHINE;
                case 'o' -> "GNU/Linux";
                default -> "unknown";
            });
        }
        ctx.out.println(String.join(" ", out));
        ctx.out.flush();
        return 0;
    }
}
