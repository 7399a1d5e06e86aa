package linnet.tools.utillinux;

import java.util.List;
import linnet.kernel.drivers.Loopback;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * unshare(1) from util-linux 2.38 for the network namespace: {@code unshare -n CMD} runs CMD in a
 * fresh anonymous namespace (only lo, down) that dies with the process. Other namespace options
 * are accepted and change nothing linnet models.
 */
public final class Unshare implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean net = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.equals("--net") || a.matches("-[muipUCTfr]*n[muipUCTfr]*")) net = true;
            else if (a.startsWith("--net=")) {
                // a persistent namespace needs a bind mount target; not modelled
                ctx.err.println("unshare: mount " + a.substring(6) + " on /proc/self/ns/net failed: Not supported by linnet");
                return 1;
            } else if (!a.matches("-[muipUCTfr]+|--(mount|uts|ipc|pid|user|cgroup|time|fork|map-root-user|mount-proc)(=.*)?"))
                return NsExec.unrecognized("unshare", ctx, a);
        }
        Ctx in = ctx;
        if (net) in = ctx.setns(ctx.host.kernel().newNet(Loopback::new));
        return NsExec.exec("unshare", in, args.subList(i, args.size()));
    }
}
