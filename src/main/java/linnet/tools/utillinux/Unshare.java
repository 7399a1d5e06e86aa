package linnet.tools.utillinux;

import linnet.kernel.drivers.Loopback;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * unshare(1) from util-linux 2.38 for the network namespace: {@code unshare -n CMD} runs CMD in a
 * fresh anonymous namespace (only lo, down) that dies with the process. Other namespace options
 * are accepted and change nothing linnet models.
 */
public final class Unshare implements Tool {
    @Override
    public int run(Ctx ctx, java.util.List<String> args) {
        // unshare's getopt string: '+' stops at the command; only the long forms take a file to persist into
        GnuOpts o = new GnuOpts("unshare", "+fhVmuinpCTUrR:w:S:G:c", 1)
                .longOpt("mount", 2, "m").longOpt("uts", 2, "u").longOpt("ipc", 2, "i").longOpt("net", 2, "n")
                .longOpt("pid", 2, "p").longOpt("user", 2, "U").longOpt("cgroup", 2, "C").longOpt("time", 2, "T")
                .longOpt("fork", 0, "f").longOpt("kill-child", 2, "kill-child").longOpt("mount-proc", 2, "mount-proc")
                .longOpt("map-root-user", 0, "r").longOpt("map-current-user", 0, "c")
                .longOpt("propagation", 1, "propagation").longOpt("setgroups", 1, "setgroups").longOpt("root", 1, "R")
                .longOpt("wd", 1, "w").longOpt("setuid", 1, "S").longOpt("setgid", 1, "G").longOpt("keep-caps", 0, "keep-caps")
                .parse(ctx, args);
        boolean net = false;
        for (GnuOpts.Opt op : o.opts) {
            if (!op.key().equals("n")) continue;
            if (op.arg() != null) {
                // --net=FILE bind-mounts the new namespace onto FILE, which must exist
                String pid = ctx.proc == null ? "self" : Integer.toString(ctx.proc.pid);
                String why = ctx.host.vfs().exists(ctx.ns(), ctx.resolve(op.arg())) ? "Not supported by linnet"
                        : "No such file or directory";
                ctx.err.println("unshare: mount /proc/" + pid + "/ns/net on " + op.arg() + " failed: " + why);
                return 1;
            }
            net = true;
        }
        Ctx in = net ? ctx.setns(ctx.host.kernel().newNet(Loopback::new)) : ctx;
        return NsExec.exec("unshare", in, o.operands);
    }
}
