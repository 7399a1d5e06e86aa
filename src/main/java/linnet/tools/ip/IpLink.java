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
import linnet.tools.common.Fmt;
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

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("add", "delete", "set", "change", "show", "list", "help");

    /** The keywords set() takes (a word that is none of them names the device). */
    static final List<String> SET_KEYWORDS = List.of("up", "down", "name", "mtu", "address", "broadcast", "brd",
            "txqueuelen", "qlen", "txqlen", "alias", "master", "nomaster", "netns", "group", "type", "multicast", "carrier",
            "allmulticast", "promisc", "trailers", "arp", "dynamic", "addrgenmode", "dev", "vf");

    /** The keywords of set() that take no value. */
    static final List<String> SET_FLAGS = List.of("up", "down", "nomaster");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return add(a);
        if (Args.matches(cmd, "delete")) return del(a);
        if (Args.matches(cmd, "set") || Args.matches(cmd, "change")) return set(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "lst") || Args.matches(cmd, "list")) return show(a, false);
        if (Args.matches(cmd, "help")) return help(a);
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

    /** do_help: `ip link help KIND` prints the kind's print_help on stdout; otherwise the usage. */
    private int help(Args a) {
        if (a.has()) {
            String text = IpLinkKinds.helpOf(a.peek());
            if (text != null) {
                ctx.out.print(text);
                return 0;
            }
        }
        return helpText(ctx);
    }

    /** `ip link show [dev] NAME [type T] [up] [master M]`, also the device list of `ip addr`. */
    int show(Args a, boolean addrs) {
        String dev = null, type = null, master = null;
        boolean up = false;
        Integer group = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("group")) {
                String v = a.value(ctx);
                group = groupA2n(v);
                if (group == null) throw Errors.invarg(ctx, "Invalid \"group\" value\n", v);
            } else if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("type")) type = a.value(ctx);
            else if (k.equals("up")) up = true;
            else if (k.equals("master")) {
                master = a.value(ctx);
                // ipaddr_list_flush_or_save resolves the master while parsing (ll_name_to_index).
                if (ctx.net.byName(master) == null) throw Errors.invarg(ctx, "Device does not exist\n", master);
            } else if (dev == null) dev = k;
            else throw Errors.duparg2(ctx, "dev", k);
        }
        List<LinkInfo> all = ctx.host.rtnl().links(ctx.net);
        List<LinkInfo> sel = new ArrayList<>();
        if (dev != null) {
            LinkInfo l = null;
            for (LinkInfo x : all) if (x.name().equals(dev)) l = x;
            if (l == null) throw Errors.deviceDoesNotExist(ctx, dev);
            // print_linkinfo's filters still apply to the one device asked for
            if (!(up && (l.flags() & 1) == 0) && !(group != null && l.group() != group) && kindMatches(type, l, all))
                sel.add(l);
        } else {
            for (LinkInfo x : all) {
                if (!kindMatches(type, x, all)) continue;
                if (group != null && x.group() != group) continue;
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
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        for (LinkInfo l : sel) {
            pr.openObject(null);
            if (o.brief) {
                p.briefLine(pr, l);
                if (l.addrLen() > 0 || l.type() == linnet.kernel.core.Iff.ARPHRD_LOOPBACK)
                    pr.colored("address", "%s ", linnet.tools.common.Fmt.mac(l.addr()), Printer.COLOR_MAC);
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

    /** The "type" filter: a kind, or KIND_slave for the devices enslaved to one of that kind. */
    private static boolean kindMatches(String type, LinkInfo l, List<LinkInfo> all) {
        if (type == null) return true;
        if (type.endsWith("_slave")) {
            String k = type.substring(0, type.length() - "_slave".length());
            for (LinkInfo m : all) if (m.ifindex() == l.master() && l.master() != 0) return k.equals(m.kind());
            return false;
        }
        return type.equals(l.kind());
    }

    /** rtnl_group_a2n: "default" or a number (strtol base 0) from 0 to INT_MAX; null otherwise. */
    static Integer groupA2n(String s) {
        if (s.equals("default")) return 0;
        try {
            long v = Fmt.parseUnsigned(s);
            return v <= Integer.MAX_VALUE ? (int) v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** rtnl_group_n2a: the name of a group (/etc/iproute2/group knows only "default"). */
    static String groupN2a(int g) { return g == 0 ? "default" : Integer.toString(g); }

    /** get_ifname()/check_ifname(): non-empty, shorter than IFNAMSIZ, no "/" or white space. */
    static boolean validIfname(String n) {
        // iproute2's check_ifname; ':' and "." / ".." are left for the kernel to refuse (EINVAL)
        if (n.isEmpty() || n.length() >= 16) return false;
        for (char c : n.toCharArray()) if (c == '/' || Character.isWhitespace(c)) return false;
        return true;
    }

    /** check_altifname: like check_ifname but up to ALTIFNAMSIZ (128); the kernel checks IFNAMSIZ. */
    private static boolean validAltIfname(String n) {
        if (n.isEmpty() || n.length() >= 128 || n.equals(".") || n.equals("..")) return false;
        for (char c : n.toCharArray()) if (c == '/' || c == ':' || Character.isWhitespace(c)) return false;
        return true;
    }

    /** One side's options of `ip link add` (iplink_parse up to "type"). */
    /** A `netns PID` whose process does not exist: the kernel's ESRCH, when the request is sent. */
    private boolean netnsPidGone;

    /**
     * netns { NETNSNAME | NETNSFILE | PID } as iproute2 reads it: a name is /run/netns/NAME, a
     * value with a slash a file (a mount under /run/netns, or /proc/PID/ns/net), else a pid
     * (IFLA_NET_NS_PID, resolved by the kernel; {@link #netnsPidGone} when no such process).
     */
    private Net netnsArg(String v) {
        Net n = v.contains("/") ? linnet.tools.common.NsFile.open(ctx, v) : ctx.host.netns().get(v);
        if (n != null) return n;
        if (!v.contains("/")) {
            try {
                var p = ctx.host.pids().get(Integer.decode(v));
                if (p != null) return p.net();
                netnsPidGone = true;
                return null;
            } catch (NumberFormatException e) {
                // not a number either: invarg below
            }
        }
        throw Errors.invarg(ctx, "Invalid \"netns\" value\n", v);
    }

    private record Side(String name, Integer mtu, Long address, Integer txqlen, Net netns, String link, Integer index,
                        Integer numTx, Integer numRx) {
        Side(String name, Integer mtu, Long address, Integer txqlen, Net netns, String link) {
            this(name, mtu, address, txqlen, netns, link, null, null, null);
        }

        LinkAttrs attrs() { return new LinkAttrs(mtu, address, txqlen, index, numTx, numRx); }
    }

    private Side parseSide(Args a, boolean peer) {
        String name = null;
        Integer mtu = null, txq = null;
        Long addr = null;
        Net netns = null;
        String link = null;
        Integer index = null, numTx = null, numRx = null;
        while (a.has()) {
            String k = a.peek();
            if (k.equals("type")) break;
            a.next();
            if (!peer && Args.matches(k, "link")) {
                link = a.value(ctx);
            } else if (k.equals("index")) {
                // iplink_parse: atoi, positive
                String v = a.value(ctx);
                if (index != null) throw duparg("index", v);
                int n = atoi(v);
                if (n <= 0) throw Errors.invarg(ctx, "Invalid \"index\" value", v);
                index = n;
            } else if (k.equals("numtxqueues") || k.equals("numrxqueues")) {
                String v = a.value(ctx);
                boolean tx = k.equals("numtxqueues");
                if ((tx ? numTx : numRx) != null) throw duparg(k, v);
                Integer n = getInteger(v);
                if (n == null) throw Errors.invarg(ctx, "Invalid \"" + k + "\" value\n", v);
                if (tx) numTx = n;
                else numRx = n;
            } else if (k.equals("name") || k.equals("dev")) {
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
                netns = netnsArg(v);
                if (netnsPidGone) {
                    ctx.err.println("RTNETLINK answers: No such process");
                    throw new linnet.tools.common.ToolExit(2);
                }
            } else {
                if (name != null) throw Errors.duparg2(ctx, "dev", k);
                if (!validAltIfname(k)) throw Errors.invarg(ctx, "\"dev\" not a valid ifname", k);
                name = k;
            }
        }
        return new Side(name, mtu, addr, txq, netns, link, index, numTx, numRx);
    }

    /**
     * ll_addr_a2n: colon-separated hex bytes (sscanf "%x" on each part), or a dotted IPv4
     * address for 4-byte link addresses; "X is invalid lladdr." names the part that fails.
     */
    private byte[] llAddr(String v) { return llAddr(ctx, v); }

    static byte[] llAddr(Ctx ctx, String v) {
        if (v.indexOf('.') >= 0) {
            try {
                int a = IpAddr.parseInet(v);
                return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
            } catch (IllegalArgumentException e) {
                ctx.err.println("\"" + v + "\" is invalid lladdr.");
                throw linnet.tools.common.ToolExit.returning(1);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String rest = v;
        for (int i = 0; i < 32; i++) {
            int colon = rest.indexOf(':');
            String part = colon >= 0 ? rest.substring(0, colon) : rest;
            int val = scanHex(part);
            if (val < 0 || val > 255) {
                ctx.err.println("\"" + part + "\" is invalid lladdr.");
                throw linnet.tools.common.ToolExit.returning(1);
            }
            out.write(val);
            if (colon < 0) break;
            rest = rest.substring(colon + 1);
        }
        return out.toByteArray();
    }

    /** sscanf(s, "%x"): leading blanks, an optional 0x, then hex digits; -1 when there are none. */
    private static int scanHex(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            if (i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) i += 2;
        }
        long v = 0;
        int start = i;
        while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
            v = v * 16 + Character.digit(s.charAt(i), 16);
            if (v > 0xffff) v = 0xffff;
            i++;
        }
        return i == start ? -1 : (int) v;
    }

    private static long macOf(byte[] b) {
        long m = 0;
        for (byte x : b) m = (m << 8) | (x & 0xff);
        return m;
    }

    /** atoi: leading blanks, a sign, digits; 0 when none. */
    static int atoi(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([+-]?[0-9]+)").matcher(v);
        if (!m.find()) return 0;
        try {
            return (int) Long.parseLong(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** get_integer: strtol with base 0 into an int. */
    static Integer getInteger(String v) {
        try {
            String s = v;
            boolean neg = false;
            if (s.startsWith("-")) {
                neg = true;
                s = s.substring(1);
            } else if (s.startsWith("+")) {
                s = s.substring(1);
            }
            long x = Fmt.parseUnsigned(s);
            if (neg) x = -x;
            return x < Integer.MIN_VALUE || x > Integer.MAX_VALUE ? null : (int) x;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private linnet.tools.common.ToolExit duparg(String key, String arg) {
        ctx.err.println("Error: duplicate \"" + key + "\": \"" + arg + "\" is the second value.");
        return new linnet.tools.common.ToolExit(255);
    }

    private Long parseMac(String v) {
        try {
            return Mac.parse(v);
        } catch (IllegalArgumentException e) {
            ctx.err.println("\"" + v + "\" is invalid lladdr.");
            // iplink_parse returns -1 for a bad lladdr: ip exits 1, not through invarg's exit(-1).
            throw linnet.tools.common.ToolExit.returning(1);
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
        // iplink_parse ends by resolving "link DEV" in the caller's namespace (ll_name_to_index)
        int link = 0;
        if (me.link() != null) {
            linnet.kernel.core.NetDevice ld = ctx.net.byName(me.link());
            if (ld == null) {
                ctx.err.println("Cannot find device \"" + me.link() + "\"");
                return 1;
            }
            link = ld.ifindex();
        }
        switch (type) {
            case "veth" -> {
                Side peer = new Side(null, null, null, null, null, null);
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
                if (IpLinkKinds.handles(type))
                    return IpLinkKinds.add(ctx, o, type, me.name(), a, me.attrs(),
                            me.netns() != null ? me.netns() : ctx.net, link);
                return IpLinkTypes.add(ctx, type, me.name(), a, new LinkAttrs(me.mtu(), me.address(), me.txqlen()));
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
        IpLinkKinds.Change kindChange = null;
        Boolean carrier = null;
        int addrGenMode = -1;
        int ifiChange = 0, ifiFlags = 0;
        String alias = null;
        byte[] brd = null;
        Integer group = null;
        byte[] lladdr = null;
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
                case "carrier" -> {
                    String v = a.value(ctx);
                    if (v.equals("on")) carrier = true;
                    else if (v.equals("off")) carrier = false;
                    else {
                        ctx.err.println("Error: argument of \"carrier\" must be \"on\" or \"off\", not \"" + v + "\"");
                        return 1;
                    }
                }
                case "type" -> {
                    type = a.value(ctx);
                    if (type.equals("bridge")) brOpts = IpLinkTypes.parseBridge(ctx, a);
                    else if (type.equals("bridge_slave")) {
                        if (dev != null && ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
                        slaveOpts = IpLinkTypes.parseBridgeSlave(ctx, a);
                    } else {
                        kindChange = IpLinkKinds.parseSet(ctx, o, type, a);
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
                case "vf" -> {
                    // iplink_parse's SR-IOV keyword, even where a device of that name is meant.
                    String v = a.value(ctx);
                    if (getInteger(v) == null) throw Errors.invarg(ctx, "Invalid \"vf\" value\n", v);
                    // iplink_parse_vf wants one of its own options next; the VF request itself is
                    // for SR-IOV hardware (no ndo_set_vf_* on the emulated devices).
                    java.util.Set<String> vfOpts = java.util.Set.of("mac", "vlan", "rate", "max_tx_rate", "min_tx_rate",
                            "spoofchk", "query_rss", "state", "trust", "node_guid", "port_guid");
                    if (!a.has() || !vfOpts.contains(a.peek())) throw Errors.incomplete(ctx);
                    a.next();
                    a.value(ctx);
                    ctx.err.println("RTNETLINK answers: Operation not supported");
                    return 2;
                }
                case "netns" -> {
                    String v = a.value(ctx);
                    if (netns != null) throw duparg("netns", v);
                    netns = netnsArg(v);
                }
                case "group" -> {
                    String v = a.value(ctx);
                    if (group != null) throw duparg("group", v);
                    group = groupA2n(v);
                    if (group == null) throw Errors.invarg(ctx, "Invalid \"group\" value\n", v);
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
                    if (k.equals("mtu")) {
                        String v = a.value(ctx);
                        if (mtu != null) throw duparg("mtu", v);
                        mtu = getInteger(v);
                        if (mtu == null) throw Errors.invarg(ctx, "Invalid \"mtu\" value\n", v);
                    } else if (Args.matches(k, "address")) {
                        lladdr = llAddr(a.value(ctx));
                        addr = macOf(lladdr);
                    } else if (Args.matches(k, "broadcast") || k.equals("brd")) {
                        brd = llAddr(a.value(ctx));
                    } else if (Args.matches(k, "txqueuelen") || k.equals("qlen") || Args.matches(k, "txqlen")) {
                        String v = a.value(ctx);
                        if (txq != null) throw duparg("txqueuelen", v);
                        txq = getInteger(v);
                        if (txq == null) throw Errors.invarg(ctx, "Invalid \"txqueuelen\" value\n", v);
                    } else if (Args.matches(k, "alias")) {
                        String v = a.value(ctx);
                        if (v.length() >= linnet.kernel.core.NetDevice.IFALIASZ) throw Errors.invarg(ctx, "alias too long\n", v);
                        alias = v;
                    } else if (dev == null) {
                        dev = k;
                    } else {
                        throw Errors.duparg2(ctx, "dev", k);
                    }
                }
            }
        }
        if (dev == null) dev = name;
        if (dev != null && lladdr != null && ctx.net.byName(dev) != null) {
            int halen = ctx.net.byName(dev).addrLen;
            if (halen != lladdr.length) {
                ctx.err.println("Invalid address length " + lladdr.length + " - must be " + halen + " bytes");
                return 1;
            }
        }
        if (group != null && dev == null) {
            // rtnl_group_changelink: every device of the group takes the other changes
            try {
                ctx.host.rtnl().setGroupLinks(ctx.net, group, new LinkChange(up, null, mtu, addr, txq, netns, master,
                        ifiChange, ifiFlags, alias, brd, null));
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        if (dev == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (netnsPidGone) {
            // do_setlink resolves IFLA_NET_NS_PID before it changes anything
            ctx.err.println("RTNETLINK answers: No such process");
            return 2;
        }
        try {
            if (brOpts != null) ctx.host.rtnl().bridge.changeBridge(ctx.net, dev, brOpts);
            if (slaveOpts != null) IpLinkTypes.applyBridgeSlave(ctx, dev, slaveOpts);
            if (kindChange != null) kindChange.apply(ctx, dev, mtu);
            ctx.host.rtnl().setLink(ctx.net, dev, new LinkChange(up, name, mtu, addr, txq, netns, master, ifiChange, ifiFlags,
                    alias, brd, group));
            if (carrier != null) ctx.host.rtnl().kinds.changeCarrier(ctx.net, name != null ? name : dev, carrier);
            if (addrGenMode >= 0) linnet.kernel.rtnl.Rtnl6.setAddrGenMode(ctx.net, name != null ? name : dev, addrGenMode);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }
}
