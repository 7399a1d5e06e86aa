package linnet.tools.bridge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.rtnl.BrPortInfo;
import linnet.kernel.rtnl.BridgeInfo;
import linnet.kernel.rtnl.FdbInfo;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;

/**
 * brctl(8) from bridge-utils: the legacy ioctl/sysfs interface. Messages and exit codes are
 * bridge-utils' own (brctl_cmd.c), which differ from iproute2's.
 */
public final class Brctl implements Tool {
    @Override
    public int run(Ctx ctx, List<String> a) {
        if (a.isEmpty()) return help(ctx);
        String cmd = a.get(0);
        List<String> args = a.subList(1, a.size());
        return switch (cmd) {
            case "addbr" -> need(ctx, args, 1) ? addbr(ctx, args.get(0)) : 1;
            case "delbr" -> need(ctx, args, 1) ? delbr(ctx, args.get(0)) : 1;
            case "addif" -> need(ctx, args, 2) ? addDelIf(ctx, args, true) : 1;
            case "delif" -> need(ctx, args, 2) ? addDelIf(ctx, args, false) : 1;
            case "show" -> show(ctx, args);
            case "showmacs" -> need(ctx, args, 1) ? showmacs(ctx, args.get(0)) : 1;
            case "setageing" -> need(ctx, args, 2) ? setageing(ctx, args.get(0), args.get(1)) : 1;
            case "stp" -> need(ctx, args, 2) ? stp(ctx, args.get(0), args.get(1)) : 1;
            case "showstp" -> need(ctx, args, 1) ? showstp(ctx, args.get(0)) : 1;
            case "sethello", "setmaxage", "setfd" -> need(ctx, cmd, args, 2) ? setTime(ctx, cmd, args.get(0), args.get(1)) : 1;
            case "setbridgeprio" -> need(ctx, cmd, args, 2) ? setBridgePrio(ctx, args.get(0), args.get(1)) : 1;
            case "setpathcost", "setportprio" ->
                    need(ctx, cmd, args, 3) ? setPort(ctx, cmd, args.get(0), args.get(1), args.get(2)) : 1;
            default -> {
                ctx.err.println("never heard of command [" + cmd + "]");
                help(ctx);
                yield 1;
            }
        };
    }

    private static boolean need(Ctx ctx, List<String> args, int n) {
        if (args.size() >= n) return true;
        ctx.err.println("Incorrect number of arguments for command");
        return false;
    }

    /** The argument check of brctl's main: the message on stderr, then "Usage: brctl CMD HELP" on stdout. */
    private static boolean need(Ctx ctx, String cmd, List<String> args, int n) {
        if (args.size() >= n) return true;
        ctx.err.println("Incorrect number of arguments for command");
        ctx.out.println("Usage: brctl " + cmd + " " + switch (cmd) {
            case "setbridgeprio" -> "<bridge> <prio>\t\tset bridge priority";
            case "setfd" -> "<bridge> <time>\t\tset bridge forward delay";
            case "sethello" -> "<bridge> <time>\t\tset hello time";
            case "setmaxage" -> "<bridge> <time>\t\tset max message age";
            case "setpathcost" -> "<bridge> <port> <cost>\tset path cost";
            default -> "<bridge> <port> <prio>\tset port priority";
        });
        return false;
    }

    /** sscanf "%lf": the longest leading decimal number, or null. */
    static Double leadingDouble(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().strip()) : null;
    }

    /** sscanf "%i": a leading decimal, 0x hex or 0 octal integer (wrapping to int), or null. */
    static Integer leadingInt(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\\d*)").matcher(s);
        if (!m.find()) return null;
        String d = m.group(2);
        java.math.BigInteger v = d.length() > 2 && (d.charAt(1) == 'x' || d.charAt(1) == 'X')
                ? new java.math.BigInteger(d.substring(2), 16)
                : d.length() > 1 && d.charAt(0) == '0' ? new java.math.BigInteger(d.substring(1), 8)
                : new java.math.BigInteger(d);
        if (m.group(1).equals("-")) v = v.negate();
        return v.intValue();
    }

    /** strtotimeval + __tv_to_jiffies (USER_HZ 100): whole seconds, then microseconds truncated. */
    static long toClockT(double secs) {
        long sec = (long) secs;
        long usec = (long) (1_000_000 * (secs - sec));
        return sec * 100 + usec / 10_000;
    }

    /** sethello / setmaxage / setfd: br_set_bridge_* through sysfs bridge/hello_time etc. */
    private static int setTime(Ctx ctx, String cmd, String br, String val) {
        String what = switch (cmd) {
            case "sethello" -> "hello timer";
            case "setmaxage" -> "max age";
            default -> "forward delay";
        };
        String attr = switch (cmd) {
            case "sethello" -> "hello_time";
            case "setmaxage" -> "max_age";
            default -> "forward_delay";
        };
        Double s = leadingDouble(val);
        if (s == null) {
            ctx.err.println("bad " + what + " value");
            return 1;
        }
        return bridgeWrite(ctx, br, attr, Long.toString(toClockT(s)), "set " + what + " failed: ");
    }

    private static int setBridgePrio(Ctx ctx, String br, String val) {
        Integer prio = leadingInt(val);
        if (prio == null) {
            ctx.err.println("bad priority");
            return 1;
        }
        return bridgeWrite(ctx, br, "priority", Integer.toString(prio), "set bridge priority failed: ");
    }

    /** br_set(): the sysfs file, else the ioctl on the bridge, which a missing bridge fails with ENODEV. */
    private static int bridgeWrite(Ctx ctx, String br, String attr, String v, String msg) {
        try {
            ctx.host.vfs().write(ctx.ns(), "/sys/class/net/" + br + "/bridge/" + attr, v);
        } catch (KernelException e) {
            ctx.err.println(msg + (e.errno == Errno.ENOENT ? Errno.ENODEV : e.errno).text);
            return 1;
        }
        return 0;
    }

    /**
     * setpathcost / setportprio: port_set() writes the port's own brport/ file (the bridge argument
     * is not looked at); without one it falls back to the ioctl on the bridge with the port's
     * ifindex: ENODEV for a missing port or bridge, ENOENT for a device that is not its port.
     */
    private static int setPort(Ctx ctx, String cmd, String br, String port, String val) {
        boolean cost = cmd.equals("setpathcost");
        Integer v = leadingInt(val);
        if (v == null) {
            ctx.err.println(cost ? "bad path cost value" : "bad path priority value");
            return 1;
        }
        String msg = cost ? "set path cost failed: " : "set port priority failed: ";
        NetDevice d = ctx.net.byName(port);
        Errno err = null;
        if (d == null) err = Errno.ENODEV;
        else if (ctx.host.rtnl().bridge.port(d) == null) {
            NetDevice b = ctx.net.byName(br);
            err = b == null ? Errno.ENODEV : b instanceof linnet.kernel.bridge.Bridge ? Errno.ENOENT : Errno.EOPNOTSUPP;
        } else {
            try {
                ctx.host.vfs().write(ctx.ns(), "/sys/class/net/" + port + "/brport/" + (cost ? "path_cost" : "priority"),
                        Integer.toUnsignedString(v));
            } catch (KernelException e) {
                err = e.errno;
            }
        }
        if (err == null) return 0;
        ctx.err.println(msg + err.text);
        return 1;
    }

    private static int help(Ctx ctx) {
        ctx.out.print("""
                Usage: brctl [commands]
                commands:
                	addbr     	<bridge>		add bridge
                	delbr     	<bridge>		delete bridge
                	addif     	<bridge> <device>	add interface to bridge
                	delif     	<bridge> <device>	delete interface from bridge
                	setageing 	<bridge> <time>		set ageing time
                	setbridgeprio	<bridge> <prio>		set bridge priority
                	setfd     	<bridge> <time>		set bridge forward delay
                	sethello  	<bridge> <time>		set hello time
                	setmaxage 	<bridge> <time>		set max message age
                	setpathcost	<bridge> <port> <cost>	set path cost
                	setportprio	<bridge> <port> <prio>	set port priority
                	show      	[ <bridge> ]		show a list of bridges
                	showmacs  	<bridge>		show a list of mac addrs
                	showstp   	<bridge>		show bridge stp info
                	stp       	<bridge> {on|off}	turn stp on/off
                """);
        return 1;
    }

    private static int addbr(Ctx ctx, String name) {
        try {
            ctx.host.rtnl().bridge.addBridgeIoctl(ctx.net, name);
        } catch (KernelException e) {
            if (e.errno == Errno.EEXIST)
                ctx.err.println("device " + name + " already exists; can't create bridge with the same name");
            else ctx.err.println("add bridge failed: " + e.errno.text);
            return 1;
        }
        return 0;
    }

    private static int delbr(Ctx ctx, String name) {
        try {
            ctx.host.rtnl().bridge.delBridgeIoctl(ctx.net, name);
        } catch (KernelException e) {
            switch (e.errno) {
                case ENXIO -> ctx.err.println("bridge " + name + " doesn't exist; can't delete it");
                case EBUSY -> ctx.err.println("bridge " + name + " is still up; can't delete it");
                default -> ctx.err.println("can't delete bridge " + name + ": " + e.errno.text);
            }
            return 1;
        }
        return 0;
    }

    private static int addDelIf(Ctx ctx, List<String> args, boolean add) {
        String br = args.get(0);
        for (String ifname : args.subList(1, args.size())) {
            NetDevice d = ctx.net.byName(ifname);
            // br_add_interface: if_nametoindex first; a missing device is ENODEV before any ioctl.
            Errno err = null;
            if (d == null) err = Errno.ENODEV;
            else {
                try {
                    ctx.host.rtnl().bridge.addDelIfIoctl(ctx.net, br, d.ifindex(), add);
                } catch (KernelException e) {
                    err = e.errno;
                }
            }
            if (err == null) continue;
            if (err == Errno.ENODEV) {
                if (d == null) ctx.err.println("interface " + ifname + " does not exist!");
                else ctx.err.println("bridge " + br + " does not exist!");
            } else if (add && err == Errno.EBUSY) {
                ctx.err.println("device " + ifname + " is already a member of a bridge; can't add it to bridge " + br + ".");
            } else if (add && err == Errno.ELOOP) {
                ctx.err.println("device " + ifname
                        + " is a bridge device itself; can't add a bridge device to a bridge device.");
            } else if (!add && err == Errno.EINVAL) {
                ctx.err.println("device " + ifname + " is not a port of " + br);
            } else if (add) {
                ctx.err.println("can't add " + ifname + " to bridge " + br + ": " + err.text);
            } else {
                ctx.err.println("can't delete " + ifname + " from " + br + ": " + err.text);
            }
            return 1;
        }
        return 0;
    }

    /** The brctl form of a bridge id: 4 hex digits of priority, a dot, 12 hex digits. */
    static String bridgeId(int prio, long mac) { return String.format("%04x.%012x", prio & 0xffff, mac); }

    /** br_dump_bridge_id of an 8-byte id. */
    static String bridgeId(long id) { return bridgeId((int) (id >>> 48), id & 0xffff_ffff_ffffL); }

    private static int show(Ctx ctx, List<String> names) {
        List<BridgeInfo> sel = new ArrayList<>();
        int rc = 0;
        StringBuilder out = new StringBuilder();
        if (names.isEmpty()) {
            sel.addAll(ctx.host.rtnl().bridge.bridges(ctx.net));
            sel.sort(Comparator.comparing(BridgeInfo::name));
        } else {
            for (String n : names) {
                try {
                    sel.add(ctx.host.rtnl().bridge.info(ctx.net, n));
                } catch (KernelException e) {
                    // A device of that name that is no bridge is told apart from no device at all.
                    if (ctx.net.byName(n) != null) ctx.err.println("device " + n + " is not a bridge!");
                    else ctx.err.println("bridge " + n + " does not exist!");
                    rc = 1;
                }
            }
        }
        for (BridgeInfo b : sel) {
            if (out.isEmpty()) out.append("bridge name\tbridge id\t\tSTP enabled\tinterfaces\n");
            out.append(b.name()).append("\t\t").append(bridgeId(b.priority(), b.bridgeIdAddr())).append('\t')
                    .append(b.stpState() != 0 ? "yes" : "no").append("\t\t");
            List<String> ports = b.portNames();
            for (int i = 0; i < ports.size(); i++) {
                if (i > 0) out.append("\n\t\t\t\t\t\t\t");
                out.append(ports.get(i));
            }
            out.append('\n');
        }
        ctx.out.print(out);
        return rc;
    }

    private static int showmacs(Ctx ctx, String br) {
        List<FdbInfo> l;
        try {
            l = ctx.host.rtnl().bridge.brforward(ctx.net, br);
        } catch (KernelException e) {
            Errno err = ctx.net.byName(br) == null ? Errno.ENODEV : Errno.EOPNOTSUPP;
            ctx.err.println("read of forward table failed: " + err.text);
            return 1;
        }
        l = new ArrayList<>(l);
        l.sort(Comparator.comparingLong(FdbInfo::mac));
        StringBuilder sb = new StringBuilder("port no\tmac addr\t\tis local?\tageing timer\n");
        for (FdbInfo f : l) {
            boolean local = f.state() == FdbInfo.NUD_PERMANENT;
            sb.append(String.format("%3d\t%s\t%s\t\t%s%n", f.portNo(), Fmt.mac(f.mac()), local ? "yes" : "no",
                    timer(local ? 0 : f.ageNs() / 10_000_000L)));
        }
        ctx.out.print(sb);
        return 0;
    }

    /** br_show_timer: "%4i.%.2i" of a clock_t value. */
    static String timer(long clockT) { return String.format("%4d.%02d", clockT / 100, clockT % 100); }

    private static int setageing(Ctx ctx, String br, String secs) {
        double s;
        try {
            s = Double.parseDouble(secs);
        } catch (NumberFormatException e) {
            ctx.err.println("bad ageing time value");
            return 1;
        }
        try {
            ctx.host.vfs().write(ctx.ns(), "/sys/class/net/" + br + "/bridge/ageing_time",
                    Long.toString(Math.round(s * 100)));
        } catch (KernelException e) {
            ctx.err.println("set ageing time failed: " + (e.errno == Errno.ENOENT ? Errno.ENODEV : e.errno).text);
            return 1;
        }
        return 0;
    }

    private static int stp(Ctx ctx, String br, String v) {
        int on;
        if (v.equals("on") || v.equals("yes") || v.equals("1")) on = 1;
        else if (v.equals("off") || v.equals("no") || v.equals("0")) on = 0;
        else {
            ctx.err.println("expect on/off for argument");
            return 1;
        }
        try {
            ctx.host.rtnl().bridge.setStp(ctx.net, br, on);
        } catch (KernelException e) {
            ctx.err.println("set stp status failed: " + (e.errno == Errno.EOPNOTSUPP ? Errno.ENODEV : e.errno).text);
            return 1;
        }
        return 0;
    }

    private static int showstp(Ctx ctx, String br) {
        BridgeInfo b;
        if (ctx.net.byName(br) == null) {
            ctx.err.println("bridge " + br + " does not exist!");
            return 1;
        }
        try {
            b = ctx.host.rtnl().bridge.info(ctx.net, br);
        } catch (KernelException e) {
            ctx.err.println("device " + br + " is not a bridge!");
            return 1;
        }
        String id = bridgeId(b.priority(), b.bridgeIdAddr());
        StringBuilder sb = new StringBuilder();
        sb.append(b.name()).append('\n');
        sb.append(" bridge id\t\t").append(id).append('\n');
        sb.append(" designated root\t").append(bridgeId(b.designatedRoot())).append('\n');
        sb.append(String.format(" root port\t\t%4d\t\t\tpath cost\t\t%4d%n", b.rootPort(), b.rootPathCost()));
        sb.append(" max age\t\t").append(timer(b.maxAge())).append("\t\t\tbridge max age\t\t").append(timer(b.bridgeMaxAge())).append('\n');
        sb.append(" hello time\t\t").append(timer(b.helloTime())).append("\t\t\tbridge hello time\t").append(timer(b.bridgeHelloTime())).append('\n');
        sb.append(" forward delay\t\t").append(timer(b.forwardDelay())).append("\t\t\tbridge forward delay\t").append(timer(b.bridgeForwardDelay())).append('\n');
        sb.append(" ageing time\t\t").append(timer(b.ageingTime())).append('\n');
        sb.append(" hello timer\t\t").append(timer(b.helloTimer())).append("\t\t\ttcn timer\t\t").append(timer(b.tcnTimer())).append('\n');
        sb.append(" topology change timer\t").append(timer(b.topologyChangeTimer())).append("\t\t\tgc timer\t\t").append(timer(b.gcTimer())).append('\n');
        sb.append(" flags\t\t\t");
        if (b.topologyChange()) sb.append("TOPOLOGY_CHANGE ");
        if (b.topologyChangeDetected()) sb.append("TOPOLOGY_CHANGE_DETECTED ");
        sb.append("\n\n\n");
        // br_foreach_port scans brif/ in alphasort order; dump_port_info for each.
        for (String name : b.portNames()) {
            BrPortInfo p;
            try {
                p = ctx.host.rtnl().bridge.port(ctx.net, name);
            } catch (KernelException e) {
                continue;
            }
            if (p == null) continue;
            sb.append(name).append(" (").append(p.portNo()).append(")\n");
            sb.append(String.format(" port id\t\t%04x\t\t\tstate\t\t%15s%n", p.portId(),
                    linnet.kernel.bridge.BridgePort.stateName(p.state())));
            sb.append(" designated root\t").append(bridgeId(p.designatedRoot())).append(String.format("\tpath cost\t\t%4d%n", p.cost()));
            sb.append(" designated bridge\t").append(bridgeId(p.designatedBridge())).append("\tmessage age timer\t")
                    .append(timer(p.messageAgeTimer())).append('\n');
            sb.append(String.format(" designated port\t%04x", p.designatedPort())).append("\t\t\tforward delay timer\t")
                    .append(timer(p.forwardDelayTimer())).append('\n');
            sb.append(String.format(" designated cost\t%4d", p.designatedCost())).append("\t\t\thold timer\t\t")
                    .append(timer(p.holdTimer())).append('\n');
            sb.append(" flags\t\t\t");
            if (p.configPending()) sb.append("CONFIG_PENDING ");
            if (p.topologyChangeAck()) sb.append("TOPOLOGY_CHANGE_ACK ");
            if (p.hairpin()) sb.append("\n hairpin mode\t\t   1");
            sb.append("\n\n");
        }
        ctx.out.print(sb);
        return 0;
    }
}
