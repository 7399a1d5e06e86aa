package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.kernel.core.Iff;
import linnet.kernel.rtnl.LinkChange;
import linnet.kernel.rtnl.LinkInfo;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;
import linnet.wire.Mac;

/** `ip link` (iplink.c): show, add, delete, set. */
final class IpLink {
    private final Ctx ctx;
    private final IpOpts o;

    IpLink(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return add(a);
        if (Args.matches(cmd, "delete")) return del(a);
        if (Args.matches(cmd, "set") || Args.matches(cmd, "change")) return set(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "lst") || Args.matches(cmd, "list")) return show(a, false);
        if (Args.matches(cmd, "help")) return help();
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip link help\".");
        return 255;
    }

    static int helpText(Ctx ctx) {
        ctx.err.print("""
                Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME
                		    [ txqueuelen PACKETS ]
                		    [ address LLADDR ]
                		    [ broadcast LLADDR ]
                		    [ mtu MTU ] [index IDX ]
                		    [ numtxqueues QUEUE_COUNT ]
                		    [ numrxqueues QUEUE_COUNT ]
                		    [ netns { PID | NETNSNAME | NETNSFILE } ]
                		    type TYPE [ ARGS ]
                """);
        return 255;
    }

    private int help() { return helpText(ctx); }

    /** `ip link show [dev] NAME [type T] [up] [master M]`, also the device list of `ip addr`. */
    int show(Args a, boolean addrs) {
        String dev = null, type = null, master = null;
        boolean up = false;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("type")) type = a.value(ctx);
            else if (k.equals("up")) up = true;
            else if (k.equals("master")) master = a.value(ctx);
            else if (dev == null) dev = k;
            else throw Errors.duparg2(ctx, "dev", k);
        }
        List<LinkInfo> all = ctx.host.rtnl().links(ctx.net);
        List<LinkInfo> sel = new ArrayList<>();
        if (dev != null) {
            LinkInfo l = null;
            for (LinkInfo x : all) if (x.name().equals(dev)) l = x;
            if (l == null) throw Errors.deviceDoesNotExist(ctx, dev);
            sel.add(l);
        } else {
            for (LinkInfo x : all) {
                if (type != null && !type.equals(x.kind())) continue;
                if (up && (x.flags() & 1) == 0) continue;
                if (master != null) {
                    LinkInfo m = null;
                    for (LinkInfo y : all) if (y.name().equals(master)) m = y;
                    if (m == null) throw Errors.deviceDoesNotExist(ctx, master);
                    if (x.master() != m.ifindex()) continue;
                }
                sel.add(x);
            }
        }
        LinkPrinter p = new LinkPrinter(ctx, o, all);
        Printer pr = new Printer(o.json, o.pretty);
        for (LinkInfo l : sel) {
            pr.openObject(null);
            if (o.brief) {
                p.briefLine(pr, l);
                if (l.addrLen() > 0 || l.type() == linnet.kernel.core.Iff.ARPHRD_LOOPBACK)
                    pr.string("address", "%s ", linnet.tools.common.Fmt.mac(l.addr()));
                LinkPrinter.flags(pr, l.flags(), p.mdown(l));
                pr.text(" \n");
            } else {
                p.header(pr, l, true, true);
                if (o.stats > 0) IpStats.print(pr, l, o.stats);
            }
            pr.closeObject();
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /** get_ifname()/check_ifname(): shorter than IFNAMSIZ, no "/", ":" or whitespace, not "." or "..". */
    static boolean validIfname(String n) {
        if (n.isEmpty() || n.length() >= 16 || n.equals(".") || n.equals("..")) return false;
        for (char c : n.toCharArray()) if (c == '/' || c == ':' || Character.isWhitespace(c)) return false;
        return true;
    }

    /** check_altifname: like check_ifname but up to ALTIFNAMSIZ (128); the kernel checks IFNAMSIZ. */
    private static boolean validAltIfname(String n) {
        if (n.isEmpty() || n.length() >= 128 || n.equals(".") || n.equals("..")) return false;
        for (char c : n.toCharArray()) if (c == '/' || c == ':' || Character.isWhitespace(c)) return false;
        return true;
    }

    /** One side's options of `ip link add` (iplink_parse up to "type"). */
    private record Side(String name, Integer mtu, Long address, Integer txqlen, Net netns) {}

    private Side parseSide(Args a, boolean peer) {
        String name = null;
        Integer mtu = null, txq = null;
        Long addr = null;
        Net netns = null;
        while (a.has()) {
            String k = a.peek();
            if (k.equals("type")) break;
            a.next();
            if (k.equals("name") || k.equals("dev")) {
                String v = a.value(ctx);
                if (!validIfname(v)) throw Errors.invarg(ctx, "\"" + k + "\" not a valid ifname", v);
                name = v;
            } else if (Args.matches(k, "mtu")) {
                String v = a.value(ctx);
                try {
                    mtu = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw Errors.invarg(ctx, "Invalid \"mtu\" value\n", v);
                }
            } else if (Args.matches(k, "address")) {
                String v = a.value(ctx);
                addr = parseMac(v);
            } else if (k.equals("txqueuelen") || k.equals("qlen") || k.equals("txqlen")) {
                txq = Integer.parseInt(a.value(ctx));
            } else if (k.equals("netns")) {
                String v = a.value(ctx);
                netns = ctx.host.netns().get(v);
                if (netns == null) throw Errors.invarg(ctx, "Invalid \"netns\" value\n", v);
            } else {
                if (name != null) throw Errors.duparg2(ctx, "dev", k);
                if (!validAltIfname(k)) throw Errors.invarg(ctx, "\"dev\" not a valid ifname", k);
                name = k;
            }
        }
        return new Side(name, mtu, addr, txq, netns);
    }

    private Long parseMac(String v) {
        try {
            return Mac.parse(v);
        } catch (IllegalArgumentException e) {
            ctx.err.println("\"" + v + "\" is invalid lladdr.");
            // iplink_parse returns -1 for a bad lladdr: ip exits 1, not through invarg's exit(-1).
            throw new linnet.tools.common.ToolExit(1);
        }
    }

    private int add(Args a) {
        Side me = parseSide(a, false);
        if (me.name() != null && me.name().length() >= 16) {
            // Only check_altifname ran in ip: IFLA_IFNAME's policy (IFNAMSIZ) rejects it in the kernel.
            ctx.err.println("Error: Attribute failed policy validation.");
            return 2;
        }
        if (!a.has()) {
            ctx.err.println("Not enough information: \"type\" argument is required");
            return 1;
        }
        a.next();
        String type = a.value(ctx);
        switch (type) {
            case "veth" -> {
                Side peer = new Side(null, null, null, null, null);
                if (a.has()) {
                    String k = a.next();
                    if (!k.equals("peer")) {
                        ctx.err.println("Usage: ip link <options> type veth [peer <options>]");
                        ctx.err.println("To get <options> type 'ip link add help'");
                        return 1;
                    }
                    peer = parseSide(a, true);
                }
                Net net = me.netns() != null ? me.netns() : ctx.net;
                // veth_newlink: the peer defaults to the caller's namespace (src_net), not the first end's.
                Net peerNet = peer.netns() != null ? peer.netns() : ctx.net;
                try {
                    ctx.host.rtnl().newVeth(net, me.name(), new LinkAttrs(me.mtu(), me.address(), me.txqlen()), peerNet,
                            peer.name(), new LinkAttrs(peer.mtu(), peer.address(), peer.txqlen()));
                } catch (KernelException e) {
                    return Errors.rtnl(ctx, e);
                }
                return 0;
            }
            default -> {
                return IpLinkTypes.add(ctx, type, me.name(), a);
            }
        }
    }

    private int del(Args a) {
        String dev = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("type")) a.value(ctx);
            else if (dev == null) dev = k;
        }
        if (dev == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 1;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        try {
            ctx.host.rtnl().delLink(ctx.net, dev);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int set(Args a) {
        String dev = null, name = null;
        Boolean up = null;
        Integer mtu = null, txq = null;
        Long addr = null;
        Net netns = null;
        Integer master = null;
        String type = null;
        linnet.kernel.bridge.BridgeOpts brOpts = null;
        java.util.List<long[]> slaveOpts = null;
        int addrGenMode = -1;
        Integer group = null;
        int ifiChange = 0, ifiFlags = 0;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "master" -> {
                    String v = a.value(ctx);
                    linnet.kernel.core.NetDevice m = ctx.net.byName(v);
                    if (m == null) throw Errors.invarg(ctx, "Device does not exist\n", v);
                    master = m.ifindex();
                }
                case "nomaster" -> master = 0;
                case "type" -> {
                    type = a.value(ctx);
                    if (type.equals("bridge")) brOpts = IpLinkTypes.parseBridge(ctx, a);
                    else if (type.equals("bridge_slave")) {
                        if (dev != null && ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
                        slaveOpts = IpLinkTypes.parseBridgeSlave(ctx, a);
                    }
                }
                case "up" -> up = true;
                case "down" -> up = false;
                case "multicast", "allmulticast", "promisc", "trailers", "arp", "dynamic" -> {
                    // iplink_parse: each sets its bit in ifi_change; arp and trailers are inverted flags.
                    int bit = switch (k) {
                        case "multicast" -> Iff.MULTICAST;
                        case "allmulticast" -> Iff.ALLMULTI;
                        case "promisc" -> Iff.PROMISC;
                        case "trailers" -> Iff.NOTRAILERS;
                        case "arp" -> Iff.NOARP;
                        default -> Iff.DYNAMIC;
                    };
                    boolean inverted = bit == Iff.NOTRAILERS || bit == Iff.NOARP;
                    String v = a.value(ctx);
                    boolean on;
                    if (v.equals("on")) on = true;
                    else if (v.equals("off")) on = false;
                    else {
                        // on_off(): iplink_parse returns -1, which ip link set turns into exit 1.
                        ctx.err.println("Error: argument of \"" + k + "\" must be \"on\" or \"off\", not \"" + v + "\"");
                        return 1;
                    }
                    ifiChange |= bit;
                    if (on != inverted) ifiFlags |= bit;
                    else ifiFlags &= ~bit;
                }
                case "name" -> {
                    String v = a.value(ctx);
                    if (!validIfname(v)) throw Errors.invarg(ctx, "\"name\" not a valid ifname", v);
                    name = v;
                }
                case "dev" -> dev = a.value(ctx);
                case "netns" -> {
                    String v = a.value(ctx);
                    netns = ctx.host.netns().get(v);
                    if (netns == null) {
                        try {
                            Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw Errors.invarg(ctx, "Invalid \"netns\" value\n", v);
                        }
                        throw Errors.invarg(ctx, "Invalid \"netns\" value\n", v);
                    }
                }
                case "txqueuelen", "qlen", "txqlen" -> txq = Integer.parseInt(a.value(ctx));
                case "group" -> {
                    String v = a.value(ctx);
                    if (group != null) throw Errors.duparg2(ctx, "group", v);
                    // rtnl_group_a2n: "default" or a number
                    Long g = v.equals("default") ? Long.valueOf(0) : IpRoute.unsigned(v);
                    if (g == null) throw Errors.invarg(ctx, "Invalid \"group\" value\n", v);
                    group = g.intValue();
                }
                case "addrgenmode" -> {
                    String v = a.value(ctx);
                    addrGenMode = switch (v) {
                        case "eui64" -> 0;
                        case "none" -> 1;
                        case "stable_secret" -> 2;
                        case "random" -> 3;
                        default -> throw Errors.invarg(ctx, "Invalid address generation mode\n", v);
                    };
                }
                default -> {
                    if (Args.matches(k, "mtu")) {
                        String v = a.value(ctx);
                        try {
                            mtu = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw Errors.invarg(ctx, "Invalid \"mtu\" value\n", v);
                        }
                    } else if (Args.matches(k, "address")) {
                        addr = parseMac(a.value(ctx));
                    } else if (dev == null) {
                        dev = k;
                    } else {
                        throw Errors.duparg2(ctx, "dev", k);
                    }
                }
            }
        }
        if (dev == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 1;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        try {
            if (brOpts != null) ctx.host.rtnl().bridge.changeBridge(ctx.net, dev, brOpts);
            if (slaveOpts != null) IpLinkTypes.applyBridgeSlave(ctx, dev, slaveOpts);
            if (group != null) ctx.host.rtnl().setGroup(ctx.net, dev, group);
            ctx.host.rtnl().setLink(ctx.net, dev, new LinkChange(up, name, mtu, addr, txq, netns, master, ifiChange, ifiFlags));
            if (addrGenMode >= 0) linnet.kernel.rtnl.Rtnl6.setAddrGenMode(ctx.net, name != null ? name : dev, addrGenMode);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }
}
