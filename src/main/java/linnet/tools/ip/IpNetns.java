package linnet.tools.ip;

import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;

/** `ip netns` (ipnetns.c): named namespaces as files under /run/netns. */
final class IpNetns {
    private final Ctx ctx;
    private final IpOpts o;

    IpNetns(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return list();
        String cmd = a.next();
        if (Args.matches(cmd, "list") || Args.matches(cmd, "show") || cmd.equals("lst")) return list();
        if (Args.matches(cmd, "list-id")) return listId();
        if (Args.matches(cmd, "help")) return usage();
        if (Args.matches(cmd, "add")) return add(a);
        if (Args.matches(cmd, "delete")) return delete(a);
        if (Args.matches(cmd, "exec")) return exec(a);
        if (Args.matches(cmd, "set")) return set(a);
        if (Args.matches(cmd, "identify")) return identify(a);
        if (Args.matches(cmd, "pids")) return pids(a);
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip netns help\".");
        return 255;
    }

    private int usage() {
        ctx.err.print("""
                Usage:	ip netns list
                	ip netns add NAME
                	ip netns attach NAME PID
                	ip netns set NAME NETNSID
                	ip [-all] netns delete [NAME]
                	ip netns identify [PID]
                	ip netns pids NAME
                	ip [-all] netns exec [NAME] cmd ...
                	ip netns monitor
                	ip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
                NETNSID := auto | POSITIVE-INT
                """);
        return 255;
    }

    private int list() {
        StringBuilder sb = new StringBuilder();
        for (String n : ctx.host.netns().namesNewestFirst()) {
            sb.append(n);
            int id = ctx.net.peernet2id(ctx.host.netns().get(n));
            if (id >= 0) sb.append(" (id: ").append(id).append(')');
            sb.append('\n');
        }
        ctx.out.print(sb);
        return 0;
    }

    private int listId() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Net> e : ctx.net.nsidList()) {
            sb.append("nsid ").append(e.getKey()).append(' ');
            String name = ctx.host.netns().nameOf(e.getValue());
            if (name != null) sb.append("(iproute2 netns name: ").append(name).append(')');
            sb.append('\n');
        }
        ctx.out.print(sb);
        return 0;
    }

    /**
     * The NAME argument of add/delete/exec: a missing one is ipnetns.c's "return -1" turned into
     * exit 1 by netns_switch's caller; an invalid one ends the command in invalid_name (exit 255).
     */
    private String nameArg(Args a) {
        if (!a.has()) {
            ctx.err.println("No netns name specified");
            throw new linnet.tools.common.ToolExit(1);
        }
        String name = a.next();
        if (!validName(name)) {
            ctx.err.println("Invalid netns name \"" + name + "\"");
            throw new linnet.tools.common.ToolExit(255);
        }
        return name;
    }

    private static boolean validName(String n) {
        return !n.isEmpty() && !n.contains("/") && !n.equals(".") && !n.equals("..") && n.length() < 256;
    }

    private int add(Args a) {
        String name = nameArg(a);
        if (ctx.host.netns().exists(name)) {
            ctx.err.println("Cannot create namespace file \"/run/netns/" + name + "\": File exists");
            return 1;
        }
        ctx.host.netns().add(name);
        return 0;
    }

    private int delete(Args a) {
        if (o.all) {
            for (String n : ctx.host.netns().namesNewestFirst()) ctx.host.netns().delete(n);
            return 0;
        }
        String name = nameArg(a);
        if (!ctx.host.netns().exists(name)) {
            ctx.err.println("Cannot remove namespace file \"/run/netns/" + name + "\": No such file or directory");
            return 1;
        }
        ctx.host.netns().delete(name);
        return 0;
    }

    /** What entering the namespace and starting the command costs (milliseconds, as on the kernel). */
    static final long EXEC_NS = 5_000_000L;

    private int exec(Args a) {
        if (o.all) {
            // each namespace's command runs in a child ip waits for; its status is not ip's
            List<String> cmd = a.rest();
            for (String n : ctx.host.netns().namesNewestFirst()) {
                ctx.out.println();
                ctx.out.println("netns: " + n);
                execvp(ctx.in(ctx.host.netns().get(n)), cmd);
            }
            return 0;
        }
        String name = nameArg(a);
        // netns_exec checks for a command before it opens the namespace.
        if (!a.has()) {
            ctx.err.println("No command specified");
            return 1;
        }
        Net n = ctx.host.netns().get(name);
        if (n == null) {
            ctx.err.println("Cannot open network namespace \"" + name + "\": No such file or directory");
            return 255;
        }
        return execvp(ctx.in(n), a.rest());
    }

    /**
     * What ip does after setns: execvp(3) the command. When that fails, ip itself reports the
     * errno and exits 1 (there is no shell to say "command not found").
     */
    private static int execvp(Ctx in, List<String> cmd) {
        // setns, a private mount namespace with a fresh sysfs, then a second program start: time
        // passes on the kernel's clock before the command runs (see ScriptRunner's start cost).
        in.host.kernel().loop.advance(EXEC_NS);
        Integer rc = in.exec.execvp(in, cmd);
        if (rc != null) return rc;
        in.err.println("exec of \"" + cmd.get(0) + "\" failed: " + in.exec.execError(in, cmd.get(0)));
        return 1;
    }

    private int set(Args a) {
        if (!a.has()) throw Errors.incomplete(ctx);
        String name = a.next();
        if (!a.has()) throw Errors.incomplete(ctx);
        String v = a.next();
        Net n = ctx.host.netns().get(name);
        if (n == null) {
            ctx.err.println("Cannot open network namespace \"" + name + "\": No such file or directory");
            return 255;
        }
        try {
            if (v.equals("auto")) ctx.net.peernet2idAlloc(n);
            else ctx.net.setNsid(n, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            ctx.err.println("Invalid netns id \"" + v + "\"");
            return 255;
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int identify(Args a) {
        if (a.has()) {
            // netns_identify_pid: the argument must be a number (get_pid_from_str-like check)
            String pid = a.next();
            if (!pid.matches("[0-9]+")) {
                ctx.err.println("Specified string '" + pid + "' is not a pid");
                return 1;
            }
        }
        String name = ctx.host.netns().nameOf(ctx.net);
        if (name != null) ctx.out.println(name);
        return 0;
    }

    private int pids(Args a) {
        if (!a.has()) {
            ctx.err.println("No netns name specified");
            return 1;
        }
        String name = a.next();
        if (ctx.host.netns().get(name) == null) {
            // netns_pids opens the file itself, with its own shorter message
            ctx.err.println("Cannot open network namespace: No such file or directory");
            return 1;
        }
        return 0;
    }
}
