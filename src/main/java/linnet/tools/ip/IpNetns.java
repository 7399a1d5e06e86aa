package linnet.tools.ip;

import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.NetnsSwitch;
import linnet.tools.common.Printer;

/** `ip netns` (ipnetns.c): named namespaces as files under /run/netns. */
final class IpNetns {
    private final Ctx ctx;
    private final IpOpts o;

    IpNetns(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("list", "list-id", "help", "add", "delete", "exec", "set", "identify", "pids");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return list();
        String cmd = a.next();
        if (Args.matches(cmd, "list") || Args.matches(cmd, "show") || cmd.equals("lst")) return list();
        if (Args.matches(cmd, "list-id")) return listId(a);
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

    /** netns_list: the names as readdir gives them, with the id this namespace gave each. */
    private int list() {
        Printer p = new Printer(o.json, o.pretty);
        for (String n : ctx.host.netns().namesNewestFirst()) {
            p.openObject(null).string("name", "%s", n);
            int id = ctx.net.peernet2id(ctx.host.netns().get(n));
            if (id >= 0) p.number("id", " (id: %s)", id);
            p.text("\n").closeObject();
        }
        ctx.out.print(p.finish());
        return 0;
    }

    /** The first name (readdir order) whose namespace has id {@code id} here (netns_map / netns_get_name). */
    private String nameWithId(int id) {
        if (id < 0) return null;
        for (String n : ctx.host.netns().namesNewestFirst()) if (ctx.net.peernet2id(ctx.host.netns().get(n)) == id) return n;
        return null;
    }

    /** get_integer(base 0) into an int: decimal, 0x hex or 0 octal, with a sign; null when it is none. */
    static Integer integer(String s) {
        try {
            long v = Long.decode(s);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) return null;
            return (int) v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * netns_list_id: the RTM_GETNSID dump (or one RTM_GETNSID with nsid N), from this namespace or,
     * with target-nsid T, from the namespace that has id T here; then each entry's id in this
     * namespace is current-nsid, and names are looked up by this namespace's ids.
     */
    private int listId(Args a) {
        int target = -1, nsid = -1;
        while (a.has()) {
            String k = a.next();
            if (k.equals("target-nsid") || k.equals("nsid")) {
                boolean t = k.equals("target-nsid");
                if (t ? target >= 0 : nsid >= 0) {
                    ctx.err.println("Error: duplicate \"" + k + "\": \"" + k + "\" is the second value.");
                    return 255;
                }
                String v = a.value(ctx);
                Integer n = integer(v);
                if (n == null) throw Errors.invarg(ctx, "\"" + k + "\" value is invalid", v);
                // invarg is handed the word after the value (NULL when there is none).
                if (n < 0) throw Errors.invarg(ctx, "\"" + k + "\" value should be >= 0", a.has() ? a.peek() : "(null)");
                if (t) target = n;
                else nsid = n;
            } else {
                return usage();
            }
        }
        Net tgt = ctx.net;
        if (target >= 0) {
            tgt = ctx.net.netById(target);
            if (tgt == null) {
                ctx.err.println("Error: Invalid target network namespace id.");
                if (nsid >= 0) return 2;
                ctx.err.println("Dump terminated");
                return 1;
            }
        }
        Printer p = new Printer(o.json, o.pretty);
        if (nsid >= 0) {
            // rtnl_net_getid: the peer is the namespace with that id HERE; its id is asked of the target.
            Net peer = ctx.net.netById(nsid);
            if (peer == null) {
                ctx.err.println("Error: Peer netns reference is invalid.");
                return 2;
            }
            printNsid(p, tgt.peernet2id(peer), target >= 0, ctx.net.peernet2id(peer));
        } else {
            for (Map.Entry<Integer, Net> e : tgt.nsidList())
                printNsid(p, e.getKey(), target >= 0, ctx.net.peernet2id(e.getValue()));
        }
        ctx.out.print(p.finish());
        return 0;
    }

    /** print_nsid. */
    private void printNsid(Printer p, int nsid, boolean hasCurrent, int current) {
        p.openObject(null);
        if (nsid < 0) p.text("nsid unassigned ");
        else p.number("nsid", "nsid %s ", nsid);
        if (hasCurrent) {
            if (current < 0) p.text("current-nsid unassigned ");
            else p.number("current-nsid", "current-nsid %s ", current);
        }
        String name = nameWithId(hasCurrent ? current : nsid);
        if (name == null) name = nameWithId(nsid);
        if (name != null) p.string("name", "(iproute2 netns name: %s)", name);
        p.text("\n").closeObject();
    }

    /**
     * The NAME argument of add/delete/exec: a missing one is ipnetns.c's "return -1" turned into
     * exit 1 by netns_switch's caller; an invalid one ends the command in invalid_name (exit 255).
     */
    private String nameArg(Args a) {
        if (!a.has()) {
            ctx.err.println("No netns name specified");
            throw linnet.tools.common.ToolExit.returning(1);
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
                // a forked child enters the namespace, ip waits for it
                var child = ctx.host.pids().fork(ctx.proc, "ip");
                try {
                    Ctx in = NetnsSwitch.enter(ctx.withProc(child), n);
                    if (in != null) execvp(in, cmd);
                } finally {
                    ctx.host.pids().exit(child);
                }
            }
            return 0;
        }
        String name = nameArg(a);
        // netns_exec checks for a command before it opens the namespace.
        if (!a.has()) {
            ctx.err.println("No command specified");
            return 1;
        }
        // netns_switch failing is "return -1" of the child, ip's exit status 255
        Ctx in = NetnsSwitch.enter(ctx, name);
        if (in == null) return 255;
        return execvp(in, a.rest());
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

    /** netns_set: NAME and NETNSID ("auto" = the kernel picks), then RTM_NEWNSID. */
    private int set(Args a) {
        if (!a.has()) {
            ctx.err.println("No netns name specified");
            return 1;
        }
        String name = a.next();
        if (!a.has()) {
            ctx.err.println("No nsid specified");
            return 1;
        }
        String v = a.next();
        int id;
        if (v.equals("auto")) {
            id = -1;
        } else {
            Integer n = integer(v);
            if (n == null) throw Errors.invarg(ctx, "Invalid \"netnsid\" value", v);
            if (n < 0) throw Errors.invarg(ctx, "\"netnsid\" value should be >= 0", v);
            id = n;
        }
        Net n = ctx.host.netns().get(name);
        if (n == null) {
            ctx.err.println("Cannot open network namespace \"" + name + "\": No such file or directory");
            return 1;
        }
        try {
            ctx.net.setNsid(n, id);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int identify(Args a) {
        if (a.rest().size() > 1) {
            ctx.err.println("extra arguments specified");
            return 1;
        }
        // no PID: /proc/self, the namespace ip itself runs in
        Net net = ctx.net;
        if (a.has()) {
            String pid = a.next();
            if (!pid.chars().allMatch(Character::isDigit)) {
                ctx.err.println("Specified string '" + pid + "' is not a pid");
                return 1;
            }
            var p = pidOf(pid);
            if (p == null) {
                // netns_identify_pid opens /proc/PID/ns/net
                ctx.err.println("Cannot open network namespace: No such file or directory");
                return 1;
            }
            net = p.net();
        }
        // netns_identify_pid: the name found (the last match in readdir order), or an empty line.
        String name = null;
        for (String n : ctx.host.netns().namesNewestFirst()) if (ctx.host.netns().get(n) == net) name = n;
        ctx.out.println(name == null ? "" : name);
        return 0;
    }

    private int pids(Args a) {
        if (!a.has()) {
            ctx.err.println("No netns name specified");
            return 1;
        }
        String name = a.next();
        if (a.has()) {
            ctx.err.println("extra arguments specified");
            return 1;
        }
        if (ctx.host.netns().get(name) == null) {
            // netns_pids opens the file itself, with its own shorter message
            ctx.err.println("Cannot open network namespace: No such file or directory");
            return 1;
        }
        // netns_pids: every /proc/PID (readdir order: pid order) whose ns/net is the named file's
        for (var p : ctx.host.pids().in(ctx.host.netns().get(name))) ctx.out.println(p.pid);
        return 0;
    }

    /** The live process a decimal pid names (an out-of-range number is no process either). */
    private linnet.kernel.proc.Proc pidOf(String pid) {
        try {
            return ctx.host.pids().get(Integer.parseInt(pid));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
