package linnet.tools.ip;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.LinkInfo;
import linnet.kernel.rtnl.TunFd;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;
import linnet.tools.common.ToolExit;

/**
 * `ip tuntap` / `ip tap` (iptuntap.c). add and del talk to the tun driver the way iproute2 does,
 * through ioctls on an open /dev/net/tun: add = TUNSETIFF with IFF_TUN_EXCL, [TUNSETOWNER],
 * [TUNSETGROUP], TUNSETPERSIST 1, close; del = TUNSETIFF, TUNSETPERSIST 0, close. That sequence
 * is why deleting a missing device succeeds (TUNSETIFF creates it and the close destroys it again,
 * using up an ifindex) and why a failing ioctl is reported with perror() and exit status 1.
 * show = a link dump filtered to kind "tun", each device's flags read from sysfs.
 */
final class IpTuntap {
    private final Ctx ctx;
    private final IpOpts o;

    IpTuntap(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("add", "delete", "show", "list", "help");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show();
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return add(a);
        if (Args.matches(cmd, "delete")) return del(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "lst") || Args.matches(cmd, "list")) return show();
        if (Args.matches(cmd, "help")) throw usage();
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip tuntap help\".");
        return 255;
    }

    private ToolExit usage() {
        ctx.err.print("""
                Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]
                       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]
                       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]

                Where: USER  := { STRING | NUMBER }
                       GROUP := { STRING | NUMBER }
                """);
        return new ToolExit(255);
    }

    /** The parsed command line: struct ifreq (name, flags) plus owner and group (-1 = not given). */
    private static final class Req {
        String name = "";
        int flags = TunFd.IFF_NO_PI;
        int uid = -1, gid = -1;
    }

    /** parse_args(): {@code ids} is false for del, where "user"/"group" are not keywords. */
    private Req parse(Args a, boolean ids) {
        Req r = new Req();
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "mode")) {
                String m = a.value(ctx);
                if (Args.matches(m, "tun")) {
                    if ((r.flags & TunFd.IFF_TAP) != 0) throw fail("You managed to ask for more than one tunnel mode.");
                    r.flags |= TunFd.IFF_TUN;
                } else if (Args.matches(m, "tap")) {
                    if ((r.flags & TunFd.IFF_TUN) != 0) throw fail("You managed to ask for more than one tunnel mode.");
                    r.flags |= TunFd.IFF_TAP;
                } else {
                    throw fail("Unknown tunnel mode \"" + m + "\"");
                }
            } else if (ids && Args.matches(k, "user")) {
                r.uid = id(a.value(ctx), "user");
            } else if (ids && Args.matches(k, "group")) {
                r.gid = id(a.value(ctx), "group");
            } else if (Args.matches(k, "pi")) {
                r.flags &= ~TunFd.IFF_NO_PI;
            } else if (Args.matches(k, "one_queue")) {
                r.flags |= TunFd.IFF_ONE_QUEUE;
            } else if (Args.matches(k, "vnet_hdr")) {
                r.flags |= TunFd.IFF_VNET_HDR;
            } else if (Args.matches(k, "multi_queue")) {
                r.flags |= TunFd.IFF_MULTI_QUEUE;
            } else if (Args.matches(k, "dev")) {
                String v = a.value(ctx);
                if (!IpLink.validIfname(v)) throw Errors.invarg(ctx, "\"dev\" not a valid ifname", v);
                r.name = v;
            } else {
                if (Args.matches(k, "name")) k = a.value(ctx);
                else if (Args.matches(k, "help")) throw usage();
                if (!r.name.isEmpty()) throw Errors.duparg2(ctx, "name", k);
                if (!IpLink.validIfname(k)) throw Errors.invarg(ctx, "\"name\" not a valid ifname", k);
                r.name = k;
            }
        }
        return r;
    }

    /** A user or group as a number, else looked up in the machine's passwd/group (only root exists). */
    private int id(String v, String what) {
        try {
            return (int) Long.parseLong(v); // strtol(v, &end, 10) consuming everything
        } catch (NumberFormatException e) {
            // a name
        }
        Integer n = what.equals("user") ? linnet.tools.common.Passwd.uid(v) : linnet.tools.common.Passwd.gid(v);
        if (n != null) return n;
        throw fail("invalid " + what + " \"" + v + "\"");
    }

    /** fprintf(stderr, ...); exit(-1). */
    private ToolExit fail(String msg) {
        ctx.err.println(msg);
        return new ToolExit(255);
    }

    /** "You failed to specify a tunnel mode" makes do_add/do_del return -1: exit status 1. */
    private boolean modeGiven(Req r) {
        if ((r.flags & (TunFd.IFF_TUN | TunFd.IFF_TAP)) != 0) return true;
        ctx.err.println("You failed to specify a tunnel mode");
        return false;
    }

    private int add(Args a) {
        Req r = parse(a, true);
        if (!modeGiven(r)) return 1;
        try (TunFd fd = TunFd.open(ctx.host.kernel(), ctx.net)) {
            String step = "TUNSETIFF";
            try {
                fd.setIff(r.name, r.flags | TunFd.IFF_TUN_EXCL);
                if (r.uid != -1) {
                    step = "TUNSETOWNER";
                    fd.setOwner(r.uid);
                }
                if (r.gid != -1) {
                    step = "TUNSETGROUP";
                    fd.setGroup(r.gid);
                }
                step = "TUNSETPERSIST";
                fd.setPersist(true);
            } catch (KernelException e) {
                return perror("ioctl(" + step + ")", e);
            }
        }
        return 0;
    }

    private int del(Args a) {
        Req r = parse(a, false);
        if (!modeGiven(r)) return 1;
        try (TunFd fd = TunFd.open(ctx.host.kernel(), ctx.net)) {
            String step = "TUNSETIFF";
            try {
                fd.setIff(r.name, r.flags);
                step = "TUNSETPERSIST";
                fd.setPersist(false);
            } catch (KernelException e) {
                return perror("ioctl(" + step + ")", e);
            }
        }
        return 0;
    }

    /** perror() and the -1 that ip turns into exit status 1. */
    private int perror(String what, KernelException e) {
        ctx.err.println(what + ": " + e.errno.text);
        return 1;
    }

    private int show() {
        Printer p = new Printer(o.json, o.pretty);
        for (LinkInfo l : ctx.host.rtnl().links(ctx.net)) {
            if (l.type() != linnet.kernel.core.Iff.ARPHRD_NONE && l.type() != linnet.kernel.core.Iff.ARPHRD_ETHER) continue;
            if (!"tun".equals(l.kind())) continue;
            long flags, owner, group;
            try {
                flags = Long.decode(prop(l.name(), "tun_flags"));
                owner = Long.parseLong(prop(l.name(), "owner"));
                group = Long.parseLong(prop(l.name(), "group"));
            } catch (KernelException | NumberFormatException e) {
                continue; // read_prop failed: the device is skipped
            }
            p.openObject(null);
            p.string("ifname", "%s:", l.name());
            printFlags(p, flags);
            if (owner != -1) p.number("user", " user %s", owner);
            if (group != -1) p.number("group", " group %s", group);
            // The processes holding the device are found through /proc/PID/fdinfo; the emulated
            // machine's programs have no /proc entries, so the list stays empty.
            if (o.details > 0) p.text("\n\tAttached to processes:").openArray("processes").closeArray();
            p.closeObject();
            p.text("\n");
        }
        ctx.out.print(p.finish());
        return 0;
    }

    private String prop(String dev, String attr) throws KernelException {
        return ctx.host.vfs().read(ctx.ns(), "/sys/class/net/" + dev + "/" + attr).strip();
    }

    /** print_flags(): the type, then the options that differ from iproute2's defaults. */
    private static void printFlags(Printer p, long flags) {
        p.openArray("flags");
        if ((flags & TunFd.IFF_TUN) != 0) flag(p, "tun");
        if ((flags & TunFd.IFF_TAP) != 0) flag(p, "tap");
        if ((flags & TunFd.IFF_NO_PI) == 0) flag(p, "pi");
        if ((flags & TunFd.IFF_ONE_QUEUE) != 0) flag(p, "one_queue");
        if ((flags & TunFd.IFF_VNET_HDR) != 0) flag(p, "vnet_hdr");
        if ((flags & TunFd.IFF_MULTI_QUEUE) != 0) flag(p, "multi_queue");
        if ((flags & TunFd.IFF_PERSIST) != 0) flag(p, "persist");
        if ((flags & TunFd.IFF_NOFILTER) == 0) flag(p, "filter");
        long rest = flags & ~(long) (TunFd.IFF_TUN | TunFd.IFF_TAP | TunFd.IFF_NO_PI | TunFd.IFF_ONE_QUEUE
                | TunFd.IFF_VNET_HDR | TunFd.IFF_MULTI_QUEUE | TunFd.IFF_PERSIST | TunFd.IFF_NOFILTER);
        // print_0xhex(PRINT_ANY, NULL, "%#llx", ...): no separating space in the text form.
        if (rest != 0) p.jsonItem("0x" + Long.toHexString(rest)).text("0x" + Long.toHexString(rest));
        p.closeArray();
    }

    private static void flag(Printer p, String f) {
        p.jsonItem(f).text(" " + f);
    }

    /**
     * tun_print_opt (ip -d link): type, pi, vnet_hdr, multi_queue (+ queue counts), persist, user,
     * group, from the IFLA_INFO_DATA the tun driver fills in.
     */
    static void printInfoData(Printer p, java.util.Map<String, Long> d) {
        p.openObject("info_data");
        Long type = d.get("IFLA_TUN_TYPE");
        if (type != null) {
            String t = type == TunFd.IFF_TUN ? "tun" : type == TunFd.IFF_TAP ? "tap" : "UNKNOWN:" + type;
            p.string("type", "type %s ", t);
        }
        onOff(p, d, "IFLA_TUN_PI", "pi");
        onOff(p, d, "IFLA_TUN_VNET_HDR", "vnet_hdr");
        Long mq = d.get("IFLA_TUN_MULTI_QUEUE");
        if (mq == null || mq == 0) {
            if (p.json()) p.jsonFalse("multi_queue");
        } else {
            p.text("multi_queue ").jsonTrue("multi_queue");
            Long n = d.get("IFLA_TUN_NUM_QUEUES");
            if (n != null) p.number("numqueues", "numqueues %s ", n);
            n = d.get("IFLA_TUN_NUM_DISABLED_QUEUES");
            if (n != null) p.number("numdisabled", "numdisabled %s ", n);
        }
        onOff(p, d, "IFLA_TUN_PERSIST", "persist");
        Long uid = d.get("IFLA_TUN_OWNER");
        if (uid != null) {
            String name = linnet.tools.common.Passwd.userName(uid); // getpwuid()
            if (name != null) p.string("user", "user %s ", name);
            else p.number("user", "user %s ", uid);
        }
        Long gid = d.get("IFLA_TUN_GROUP");
        if (gid != null) {
            String name = linnet.tools.common.Passwd.groupName(gid); // getgrgid()
            if (name != null) p.string("group", "group %s ", name);
            else p.number("group", "group %s ", gid);
        }
        p.closeObject();
    }

    /** print_on_off(): "NAME on|off " in text, a boolean in JSON. */
    private static void onOff(Printer p, java.util.Map<String, Long> d, String attr, String name) {
        Long v = d.get(attr);
        if (v == null) return;
        p.text(name + (v != 0 ? " on " : " off "));
        if (v != 0) p.jsonTrue(name);
        else p.jsonFalse(name);
    }
}
