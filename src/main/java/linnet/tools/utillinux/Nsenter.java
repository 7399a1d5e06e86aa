package linnet.tools.utillinux;

import java.util.List;
import linnet.kernel.core.Net;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * nsenter(1) from util-linux 2.38 for the network namespace: {@code --net=FILE}, {@code -t PID
 * -n}, then the command. Only the network namespace is switched: the mount namespace stays the
 * caller's (unlike `ip netns exec`, which mounts a fresh /sys for the namespace). The other
 * namespace options are accepted and leave the process where it is (linnet has one of each).
 */
public final class Nsenter implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        String netFile = null;
        boolean net = false;
        String target = null;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.equals("-n") || a.equals("--net")) net = true;
            else if (a.startsWith("--net=")) {
                net = true;
                netFile = a.substring(6);
            } else if (a.startsWith("-n") && !a.startsWith("--")) {
                net = true;
                netFile = a.substring(2);
            } else if (a.equals("-t") || a.equals("--target")) {
                if (i + 1 >= args.size()) {
                    ctx.err.println("nsenter: option requires an argument -- 't'");
                    ctx.err.println("Try 'nsenter --help' for more information.");
                    return 1;
                }
                target = args.get(++i);
            } else if (a.startsWith("--target=")) target = a.substring(9);
            else if (a.startsWith("-t")) target = a.substring(2);
            else if (!a.matches("-[muipUCTaFZr]+|--(mount|uts|ipc|pid|user|cgroup|time|all|no-fork|preserve-credentials)(=.*)?"))
                return NsExec.unrecognized("nsenter", ctx, a);
        }
        if (target != null && !target.matches("[0-9]+")) {
            ctx.err.println("nsenter: failed to parse pid: '" + target + "'");
            return 1;
        }
        Net to = null;
        if (net) {
            String path = netFile != null ? netFile : target != null ? "/proc/" + target + "/ns/net" : null;
            if (path == null) {
                ctx.err.println("nsenter: neither filename nor target pid supplied for ns/net");
                return 1;
            }
            to = NsFiles.open(ctx, path);
            if (to == null) {
                ctx.err.println("nsenter: cannot open " + path + ": " + NsFiles.openError(ctx, path));
                return 1;
            }
        }
        Ctx in = to == null ? ctx : ctx.setns(to);
        return NsExec.exec("nsenter", in, args.subList(i, args.size()));
    }
}
