package linnet.tools.bridge;

import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.BrPortInfo;
import linnet.kernel.rtnl.FdbInfo;
import linnet.kernel.rtnl.LinkInfo;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;
import linnet.wire.Mac;

/** bridge(8) from iproute2: `bridge link` and `bridge fdb` (bridge/link.c, bridge/fdb.c). */
public final class BridgeTool implements Tool {
    @Override
    public int run(Ctx ctx, List<String> argv) {
        Args a = new Args(argv);
        boolean details = false;
        while (a.has() && a.peek().startsWith("-")) {
            String opt = a.next();
            String o = opt.startsWith("--") ? opt.substring(1) : opt;
            if (o.length() > 1 && Args.matches(o, "-details")) details = true;
        }
        if (!a.has()) return usage(ctx);
        String obj = a.next();
        if (Args.matches(obj, "link")) return link(ctx, a, details);
        if (Args.matches(obj, "fdb")) return fdb(ctx, a);
        ctx.err.println("Object \"" + obj + "\" is unknown, try \"bridge help\".");
        return 255;
    }

    private static int usage(Ctx ctx) {
        ctx.err.print("""
                Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
                       bridge [ -force ] -batch filename
                where  OBJECT := { link | fdb | mdb | vlan | vni | monitor }
                       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                                    -o[neline] | -t[imestamp] | -n[etns] name |
                                    -com[pressvlans] -c[olor] -p[retty] -j[son] }
                """);
        return 255;
    }

    // ------------------------------------------------------------------ link

    private static int link(Ctx ctx, Args a, boolean details) {
        String dev = null;
        if (a.has()) {
            String c = a.next();
            if (Args.matches(c, "set") || Args.matches(c, "change")) return linkSet(ctx, a);
            if (!Args.matches(c, "show") && !Args.matches(c, "list") && !Args.matches(c, "lst")) {
                ctx.err.println("Command \"" + c + "\" is unknown, try \"bridge link help\".");
                return 255;
            }
        }
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else dev = k;
        }
        if (dev != null && ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find device \"" + dev + "\"");
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        for (BrPortInfo p : ctx.host.rtnl().bridge.ports(ctx.net)) {
            if (dev != null && !dev.equals(p.name())) continue;
            LinkInfo l;
            try {
                l = ctx.host.rtnl().linkByIndex(ctx.net, p.ifindex());
            } catch (KernelException e) {
                continue;
            }
            sb.append(l.ifindex()).append(": ").append(l.name());
            // print_link: the peer index is resolved in OUR namespace (ll_index_to_name), else "ifN".
            boolean mdown = false;
            if (l.link() != 0) {
                var peer = ctx.net.byIndex(l.link());
                sb.append('@').append(peer != null ? peer.name() : "if" + l.link());
                // M-DOWN: the link partner, found in our namespace, is down.
                mdown = l.linkNetnsid() < 0 && peer != null && !peer.isUp();
            }
            sb.append(": ").append(flags(l.flags(), mdown));
            sb.append(" mtu ").append(l.mtu()).append(' ');
            sb.append("master ").append(p.masterName()).append(' ');
            sb.append("state ").append(linnet.kernel.bridge.BridgePort.stateName(p.state())).append(' ');
            sb.append("priority ").append(p.priority()).append(' ');
            sb.append("cost ").append(p.cost()).append(" \n");
            // print_protinfo with -d: the IFLA_BRPORT_* flags 6.1 knows, on a second line.
            if (details) {
                sb.append("    hairpin ").append(onOff(p.hairpin())).append(" guard ").append(onOff(p.guard()))
                        .append(" root_block ").append(onOff(p.rootBlock())).append(" fastleave ").append(onOff(p.fastLeave()))
                        .append(" learning ").append(onOff(p.learning())).append(" flood ").append(onOff(p.flood()))
                        .append(" mcast_flood ").append(onOff(p.mcastFlood())).append(" bcast_flood ").append(onOff(p.bcastFlood()))
                        .append(" mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n");
            }
        }
        ctx.out.print(sb);
        return 0;
    }

    private static String onOff(boolean b) { return b ? "on" : "off"; }

    /** `bridge link set dev DEV [ hairpin|guard|root_block|fastleave|learning|flood|mcast_flood|bcast_flood on|off ] [ cost N ] [ priority N ]`. */
    private static int linkSet(Ctx ctx, Args a) {
        String dev = null;
        java.util.List<String[]> sets = new java.util.ArrayList<>();
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "hairpin", "guard", "root_block", "fastleave", "learning", "flood", "mcast_flood", "bcast_flood" -> {
                    String v = a.value(ctx);
                    if (!v.equals("on") && !v.equals("off")) {
                        ctx.err.println("Error: argument of \"" + k + "\" must be \"on\" or \"off\", not \"" + v + "\"");
                        return 255;
                    }
                    sets.add(new String[] {k, v.equals("on") ? "1" : "0"});
                }
                case "cost", "priority" -> {
                    String v = a.value(ctx);
                    try {
                        sets.add(new String[] {k, Integer.toString(Integer.parseInt(v))});
                    } catch (NumberFormatException e) {
                        ctx.err.println("Error: argument \"" + v + "\" is wrong: Invalid \"" + k + "\" value");
                        return 255;
                    }
                }
                default -> {
                    ctx.err.println("Error: either \"dev\" is duplicate, or \"" + k + "\" is a garbage.");
                    return 255;
                }
            }
        }
        if (dev == null) {
            ctx.err.println("Device is a required argument.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find device \"" + dev + "\"");
            return 1;
        }
        try {
            for (String[] kv : sets) ctx.host.rtnl().bridge.setPort(ctx.net, dev, kv[0], Integer.parseInt(kv[1]));
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** bridge's print_link_flags: like ip's, M-DOWN last. */
    static String flags(int f) { return flags(f, false); }

    static String flags(int f, boolean mdown) {
        StringBuilder sb = new StringBuilder("<");
        boolean first = true;
        if ((f & Iff.UP) != 0 && (f & Iff.RUNNING) == 0) {
            sb.append("NO-CARRIER");
            first = false;
        }
        String[] names = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI", "PROMISC",
            "MASTER", "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP", "LOWER_UP", "DORMANT",
            "ECHO"};
        int[] bits = {Iff.LOOPBACK, Iff.BROADCAST, Iff.POINTOPOINT, Iff.MULTICAST, Iff.NOARP, Iff.ALLMULTI, Iff.PROMISC,
            Iff.MASTER, Iff.SLAVE, Iff.DEBUG, Iff.DYNAMIC, Iff.AUTOMEDIA, Iff.PORTSEL, Iff.NOTRAILERS, Iff.UP,
            Iff.LOWER_UP, Iff.DORMANT, Iff.ECHO};
        for (int i = 0; i < bits.length; i++) {
            if ((f & bits[i]) == 0) continue;
            if (!first) sb.append(',');
            sb.append(names[i]);
            first = false;
        }
        if (mdown) sb.append(first ? "" : ",").append("M-DOWN");
        return sb.append('>').toString();
    }

    // ------------------------------------------------------------------ fdb

    private static int fdb(Ctx ctx, Args a) {
        if (!a.has()) return fdbShow(ctx, a);
        String c = a.next();
        if (Args.matches(c, "show") || Args.matches(c, "list") || Args.matches(c, "lst")) return fdbShow(ctx, a);
        if (c.equals("add") || c.equals("append")) return fdbModify(ctx, a, false, false);
        if (c.equals("replace")) return fdbModify(ctx, a, false, true);
        if (Args.matches(c, "delete")) return fdbModify(ctx, a, true, false);
        ctx.err.println("Command \"" + c + "\" is unknown, try \"bridge fdb help\".");
        return 255;
    }

    private static int fdbShow(Ctx ctx, Args a) {
        String br = null, brport = null;
        boolean dynamic = false;
        while (a.has()) {
            String k = a.next();
            if (k.equals("br")) br = a.value(ctx);
            else if (k.equals("brport") || k.equals("dev")) brport = a.value(ctx);
            else if (k.equals("dynamic")) dynamic = true;
            else if (k.equals("self") || k.equals("master")) continue;
            else brport = k;
        }
        if (br != null && ctx.net.byName(br) == null) {
            ctx.err.println("Cannot find bridge device \"" + br + "\"");
            return 1;
        }
        if (brport != null && ctx.net.byName(brport) == null) {
            ctx.err.println("Cannot find device \"" + brport + "\"");
            return 1;
        }
        List<FdbInfo> l;
        try {
            l = ctx.host.rtnl().bridge.fdbDump(ctx.net, br, brport);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        StringBuilder sb = new StringBuilder();
        for (FdbInfo f : l) {
            // "dynamic" leaves out permanent and static entries (learned ones only).
            if (dynamic && (f.state() == FdbInfo.NUD_PERMANENT || f.state() == FdbInfo.NUD_NOARP)) continue;
            sb.append(Fmt.mac(f.mac())).append(' ');
            // print_fdb: with a brport filter the device is implied and not printed.
            if (brport == null) sb.append("dev ").append(f.dev()).append(' ');
            if (!f.master()) sb.append("self ");
            if (f.master()) sb.append("master ").append(f.masterName()).append(' ');
            if (f.state() == FdbInfo.NUD_PERMANENT) sb.append("permanent");
            else if (f.state() == FdbInfo.NUD_NOARP) sb.append("static");
            sb.append('\n');
        }
        ctx.out.print(sb);
        return 0;
    }

    /** `bridge fdb add|replace|del LLADDR dev DEV [master|self] [permanent|static|dynamic]`. */
    private static int fdbModify(Ctx ctx, Args a, boolean del, boolean replace) {
        String dev = null;
        Long mac = null;
        boolean permanent = false;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "local", "permanent" -> permanent = true;
                case "static", "dynamic", "master", "self", "temp", "use", "sticky", "extern_learn" -> {}
                default -> {
                    if (mac == null) {
                        try {
                            mac = Mac.parse(k);
                        } catch (IllegalArgumentException e) {
                            ctx.err.println("Invalid mac address " + k);
                            return 255;
                        }
                    }
                }
            }
        }
        if (dev == null || mac == null) {
            ctx.err.println("Device and address are required arguments.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find device \"" + dev + "\"");
            return 1;
        }
        try {
            if (del) ctx.host.rtnl().bridge.fdbDel(ctx.net, dev, mac);
            else ctx.host.rtnl().bridge.fdbAdd(ctx.net, dev, mac, permanent, replace);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }
}
