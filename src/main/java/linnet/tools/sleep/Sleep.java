package linnet.tools.sleep;

import java.util.List;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** sleep(1) of coreutils, on the virtual clock: NUMBER[smhd]..., summed. */
public final class Sleep implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        if (args.isEmpty()) {
            ctx.err.println("sleep: missing operand");
            ctx.err.println("Try 'sleep --help' for more information.");
            return 1;
        }
        double secs = 0;
        for (String a : args) {
            String num = a;
            double mul = 1;
            char u = a.isEmpty() ? ' ' : a.charAt(a.length() - 1);
            if ("smhd".indexOf(u) >= 0) {
                num = a.substring(0, a.length() - 1);
                mul = switch (u) { case 'm' -> 60; case 'h' -> 3600; case 'd' -> 86400; default -> 1; };
            }
            try {
                double v = Double.parseDouble(num);
                if (v < 0 || Double.isNaN(v) || num.isEmpty() || !Character.isDigit(num.charAt(num.length() - 1))) {
                    throw new NumberFormatException();
                }
                secs += v * mul;
            } catch (NumberFormatException e) {
                ctx.err.println("sleep: invalid time interval '" + a + "'");
                ctx.err.println("Try 'sleep --help' for more information.");
                return 1;
            }
        }
        EventLoop loop = ctx.host.kernel().loop;
        loop.runWhile(() -> true, loop.now() + (long) (secs * EventLoop.NS_PER_SEC));
        return 0;
    }
}
