package linnet.tools.utillinux;

import linnet.kernel.core.Net;
import linnet.tools.common.Ctx;
import linnet.tools.common.NsFile;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * nsenter(1) from util-linux 2.38 for the network namespace: {@code --net=FILE}, {@code -t PID
 * -n}, then the command. Only the network namespace is switched: the mount namespace stays the
 * caller's (unlike `ip netns exec`, which mounts a fresh /sys for the namespace). The other
 * namespace options are accepted and leave the process where it is (linnet has one of each).
 */
public final class Nsenter implements Tool {
    @Override
    public int run(Ctx ctx, java.util.List<String> args) {
        // nsenter's getopt string: '+' stops at the command; the namespace options take an optional file
        GnuOpts o = new GnuOpts("nsenter", "+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::FZ", 1)
                .longOpt("all", 0, "a").longOpt("target", 1, "t").longOpt("mount", 2, "m").longOpt("uts", 2, "u")
                .longOpt("ipc", 2, "i").longOpt("net", 2, "n").longOpt("pid", 2, "p").longOpt("cgroup", 2, "C")
                .longOpt("user", 2, "U").longOpt("time", 2, "T").longOpt("setuid", 1, "S").longOpt("setgid", 1, "G")
                .longOpt("preserve-credentials", 0, "preserve-credentials").longOpt("root", 2, "r")
                .longOpt("wd", 2, "w").longOpt("no-fork", 0, "F").longOpt("follow-context", 0, "Z")
                .parse(ctx, args);
        boolean net = false;
        String netFile = null;
        String target = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "n" -> {
                    net = true;
                    netFile = op.arg();
                }
                case "t" -> target = op.arg();
                default -> { }
            }
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
            to = NsFile.open(ctx, path);
            if (to == null) {
                ctx.err.println("nsenter: cannot open " + path + ": " + NsFile.openError(ctx, path));
                return 1;
            }
        }
        Ctx in = to == null ? ctx : ctx.setns(to);
        return NsExec.exec("nsenter", in, o.operands);
    }
}
