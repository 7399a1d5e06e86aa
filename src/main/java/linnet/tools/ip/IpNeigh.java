package linnet.tools.ip;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.Neighbour;
import linnet.kernel.rtnl.NeighInfo;
import linnet.kernel.rtnl.RtnlNeigh;
import linnet.kernel.rtnl.Rtnl6;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.wire.Mac;

/** `ip neigh` (ipneigh.c): show, add, replace, change, del, flush. */
final class IpNeigh {
    private final Ctx ctx;
    private final IpOpts o;

    IpNeigh(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("add", "replace", "change", "delete", "show", "list", "flush", "help");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return modify(a, true, true, false);
        if (Args.matches(cmd, "replace")) return modify(a, true, false, true);
        if (Args.matches(cmd, "change") || cmd.equals("chg")) return modify(a, false, false, true);
        if (Args.matches(cmd, "delete")) return delete(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "list") || Args.matches(cmd, "lst")) return show(a, false);
        if (Args.matches(cmd, "flush")) return show(a, true);
        if (cmd.equals("get")) return get(a);
        if (Args.matches(cmd, "help")) {
            ctx.err.print(USAGE);
            return 255;
        }
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip neigh help\".");
        return 255;
    }

    static final String USAGE = """
            Usage: ip neigh { add | del | change | replace }
                            { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                            [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                            [ protocol PROTO ]

            \tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
            \t\t\t\t  [ vrf NAME ] [ nomaster ]
            \tip neigh get { ADDR | proxy ADDR } dev DEV

            STATE := { delay | failed | incomplete | noarp | none |
                       permanent | probe | reachable | stale }
            """;

    static int nudId(Ctx ctx, String s) {
        return switch (s.toLowerCase()) {
            case "permanent" -> Neighbour.NUD_PERMANENT;
            case "reachable" -> Neighbour.NUD_REACHABLE;
            case "stale" -> Neighbour.NUD_STALE;
            case "delay" -> Neighbour.NUD_DELAY;
            case "probe" -> Neighbour.NUD_PROBE;
            case "failed" -> Neighbour.NUD_FAILED;
            case "incomplete" -> Neighbour.NUD_INCOMPLETE;
            case "noarp" -> Neighbour.NUD_NOARP;
            case "none" -> Neighbour.NUD_NONE;
            case "all" -> 0xff;
            default -> throw Errors.invarg(ctx, "nud state is bad", s);
        };
    }

    /** What ipneigh_modify's argument loop collected. */
    private static final class ModArgs {
        String dev, dst, lla;
        int state = Neighbour.NUD_PERMANENT, flags;
    }

    /**
     * ipneigh_modify's loop (add, replace, change and del alike): "proxy ADDR" names the address
     * of a proxy entry, any other word is the destination (a second one is garbage), lladdr is
     * only kept as text here and parsed once the loop is done.
     */
    private ModArgs modArgs(Args a) {
        ModArgs m = new ModArgs();
        boolean devOk = false;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "lladdr")) {
                String v = a.value(ctx);
                if (m.lla != null) throw Errors.duparg(ctx, "lladdr", v);
                m.lla = v;
            } else if (k.equals("nud")) {
                m.state = nudId(ctx, a.value(ctx));
            } else if (Args.matches(k, "proxy")) {
                String v = a.value(ctx);
                if (m.dst != null) throw Errors.duparg(ctx, "address", v);
                address(v);
                m.dst = v;
                devOk = true;
                m.flags |= Neighbour.NTF_PROXY;
            } else if (k.equals("router")) {
                m.flags |= Neighbour.NTF_ROUTER;
            } else if (k.equals("use") || k.equals("managed")) {
                // NTF_USE / NTF_EXT_MANAGED: accepted, not modelled
            } else if (Args.matches(k, "extern_learn")) {
                m.flags |= Neighbour.NTF_EXT_LEARNED;
            } else if (k.equals("dev")) {
                m.dev = a.value(ctx);
                devOk = true;
            } else if (Args.matches(k, "protocol")) {
                a.value(ctx);
            } else {
                if (k.equals("to")) k = a.value(ctx);
                if (m.dst != null) throw Errors.duparg2(ctx, "to", k);
                if (k.indexOf(':') < 0 && o.family != 10) address(k);
                m.dst = k;
            }
        }
        if (!devOk || m.dst == null) {
            ctx.err.println("Device and destination are required arguments.");
            throw new linnet.tools.common.ToolExit(255);
        }
        return m;
    }

    /** ll_addr_a2n: colon-separated hex bytes (or a dotted IPv4 address as 4 bytes); null after its complaint. */
    private byte[] llAddrA2n(String arg) {
        if (arg.indexOf('.') >= 0) {
            try {
                int v = IpAddr.parseInet(arg);
                return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
            } catch (IllegalArgumentException e) {
                ctx.err.println("\"" + arg + "\" is invalid lladdr.");
                return null;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String rest = arg;
        for (int i = 0; i < 20; i++) {
            int colon = rest.indexOf(':');
            String part = colon >= 0 ? rest.substring(0, colon) : rest;
            // sscanf("%x"): leading hex digits (an optional 0x), the rest of the part ignored
            java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^\\s*[+-]?(0[xX])?([0-9a-fA-F]+)").matcher(part);
            if (!mm.find()) {
                ctx.err.println("\"" + part + "\" is invalid lladdr.");
                return null;
            }
            long v = Long.parseLong(mm.group(2).length() > 12 ? "fffffffff" : mm.group(2), 16);
            if (v > 255) {
                ctx.err.println("\"" + part + "\" is invalid lladdr.");
                return null;
            }
            out.write((int) v);
            if (colon < 0) break;
            rest = rest.substring(colon + 1);
        }
        return out.toByteArray();
    }

    private int modify(Args a, boolean create, boolean excl, boolean replace) {
        ModArgs m = modArgs(a);
        byte[] lla = null;
        if (m.lla != null && !m.lla.equals("null")) {
            lla = llAddrA2n(m.lla);
            if (lla == null) return 1;
        }
        NetDevice d = m.dev == null ? null : ctx.net.byName(m.dev);
        if (m.dev != null && d == null) throw Errors.cannotFindDevice(ctx, m.dev);
        // neigh_add: a link-layer address shorter than the device's is refused; a longer one is cut
        if (lla != null && d != null && lla.length < d.addrLen) {
            ctx.err.println("Error: Invalid link address.");
            return 2;
        }
        Long ll = null;
        if (lla != null && d != null) {
            long v = 0;
            for (int i = 0; i < d.addrLen; i++) v = (v << 8) | (lla[i] & 0xff);
            ll = v;
        }
        if (o.family == 10 || m.dst.indexOf(':') >= 0) {
            byte[] a6 = IpAddr.prefix6(ctx, m.dst, new int[1]);
            try {
                Rtnl6.addNeigh(ctx.net, a6, m.dev, m.state, ll, create, excl, m.flags);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        int addr = address(m.dst);
        try {
            if ((m.flags & Neighbour.NTF_PROXY) != 0) RtnlNeigh.proxyAdd(ctx.net, addr, m.dev);
            else RtnlNeigh.add(ctx.net, addr, m.dev, m.state, ll, create, excl, replace, m.flags);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** get_addr (ipneigh uses an address, not a prefix): `Error: any valid address is expected ...`. */
    private int address(String s) {
        try {
            return IpAddr.parseInet(s);
        } catch (IllegalArgumentException e) {
            ctx.err.println("Error: any valid address is expected rather than \"" + s + "\".");
            throw new linnet.tools.common.ToolExit(1);
        }
    }

    private int delete(Args a) {
        ModArgs m = modArgs(a);
        if (m.lla != null && !m.lla.equals("null") && llAddrA2n(m.lla) == null) return 1;
        String dev = m.dev, dst = m.dst;
        boolean proxy = (m.flags & Neighbour.NTF_PROXY) != 0;
        if (dev != null && ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (o.family == 10 || dst.indexOf(':') >= 0) {
            try {
                Rtnl6.delNeigh(ctx.net, IpAddr.prefix6(ctx, dst, new int[1]), dev);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        try {
            int addr = address(dst);
            if (proxy) RtnlNeigh.proxyDelete(ctx.net, addr, dev);
            else RtnlNeigh.delete(ctx.net, addr, dev);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** ipneigh_get: RTM_GETNEIGH for one address on one device; printed like a listing line with dev. */
    private int get(Args a) {
        String dev = null, dst = null;
        boolean proxy = false, devOk = false;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) {
                dev = a.value(ctx);
                devOk = true;
            } else if (Args.matches(k, "proxy")) {
                String v = a.value(ctx);
                if (dst != null) throw Errors.duparg(ctx, "address", v);
                address(v);
                dst = v;
                devOk = true;
                proxy = true;
            } else {
                if (k.equals("to")) k = a.value(ctx);
                if (dst != null) throw Errors.duparg2(ctx, "to", k);
                address(k);
                dst = k;
            }
        }
        if (!devOk || dst == null) {
            ctx.err.println("Device and address are required arguments.");
            return 1;
        }
        NetDevice d = dev == null ? null : ctx.net.byName(dev);
        if (dev != null && d == null) throw Errors.cannotFindDevice(ctx, dev);
        int addr = address(dst);
        if (proxy) {
            // pneigh_get_reply: the proxy entry of that address (and device, when one was named)
            for (linnet.kernel.ipv4.NeighTable.Proxy p : RtnlNeigh.proxies(ctx.net)) {
                if (p.key() != addr || (d != null && p.dev() != d)) continue;
                ctx.out.println(Fmt.ip(p.key()) + " dev " + p.dev().name() + " proxy ");
                return 0;
            }
            ctx.err.println("Error: Proxy neighbour entry not found.");
            return 2;
        }
        if (d == null) {
            ctx.err.println("Device and address are required arguments.");
            return 1;
        }
        linnet.tools.common.Printer pr = new linnet.tools.common.Printer(o.json, o.pretty);
        for (NeighInfo n : RtnlNeigh.dump(ctx.net)) {
            if (n.ifindex() != d.ifindex() || n.addr() != addr) continue;
            String ll = n.hasLladdr() && n.state() != Neighbour.NUD_FAILED && n.state() != Neighbour.NUD_INCOMPLETE
                    ? Fmt.mac(n.lladdr()) : null;
            print(pr, Fmt.ip(n.addr()), d.name(), ll, n.flags(), n.state(), n);
            ctx.out.print(pr.finish());
            return 0;
        }
        ctx.err.println("Error: Neighbour entry not found.");
        return 2;
    }

    /** A destination filter; "all"/"any"/"default" match everything (get_prefix's special words). */
    private int[] prefixOrAll(String s) {
        if (s.equals("all") || s.equals("any") || s.equals("default")) return new int[] {0, 0};
        if (o.family == 10 || s.indexOf(':') >= 0) {
            int[] l = new int[1];
            to6 = IpAddr.prefix6(ctx, s, l);
            to6Len = l[0] < 0 ? 128 : l[0];
            return new int[] {0, -2};
        }
        return IpAddr.prefix(ctx, s);
    }

    /** An IPv6 destination filter (prefixOrAll with a colon): address and length. */
    private byte[] to6;
    private int to6Len;

    private int show(Args a, boolean flush) {
        int argc = a.remaining();
        String dev = null;
        int[] to = null;
        boolean proxy = false;
        // ipneigh.c: a flush skips permanent/noarp entries, a listing shows 0xFF & ~NUD_NOARP
        // (so neither NOARP nor NONE entries without `nud all`).
        int states = flush ? ~(Neighbour.NUD_PERMANENT | Neighbour.NUD_NOARP) : 0xFF & ~Neighbour.NUD_NOARP;
        boolean stateGiven = false;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "nud" -> {
                    String v = a.value(ctx);
                    // `nud all` is ~0 (NONE entries too), minus NOARP for a flush.
                    int s = v.equals("all") ? (flush ? ~Neighbour.NUD_NOARP : ~0) : nudId(ctx, v);
                    if (!stateGiven) states = 0;
                    stateGiven = true;
                    states |= s == 0 ? 0x100 : s;
                }
                case "to" -> to = prefixOrAll(a.value(ctx));
                case "proxy" -> proxy = true;
                case "unused", "nomaster", "vrf" -> { }
                default -> to = prefixOrAll(k);
            }
        }
        NetDevice d = null;
        if (dev != null) {
            d = ctx.net.byName(dev);
            if (d == null) throw Errors.cannotFindDevice(ctx, dev);
        }
        if (flush && argc == 0) {
            ctx.err.println("Flush requires arguments.");
            return 1;
        }
        linnet.tools.common.Printer pr = new linnet.tools.common.Printer(o.json && !flush, o.pretty).color(o.color && !flush);
        boolean only6 = to != null && to[1] == -2;
        int flushed = 0;
        if (proxy) {
            // A dump with NTF_PROXY: the proxy entries only (pneigh, state NONE, flag proxy).
            for (linnet.kernel.ipv4.NeighTable.Proxy p : o.family == 10 || only6
                    ? List.<linnet.kernel.ipv4.NeighTable.Proxy>of() : RtnlNeigh.proxies(ctx.net)) {
                if (d != null && p.dev() != d) continue;
                if (to != null && !inPrefix(p.key(), to)) continue;
                if (flush) {
                    // print_neigh queues an RTM_DELNEIGH of the proxy entry
                    try {
                        RtnlNeigh.proxyDelete(ctx.net, p.key(), p.dev().name());
                    } catch (KernelException e) {
                        // gone meanwhile
                    }
                    flushed++;
                    continue;
                }
                pr.openObject(null);
                pr.string("dst", "%s ", Fmt.ip(p.key()));
                if (d == null) pr.string("dev", "dev %s ", p.dev().name());
                pr.nullValue("proxy", "proxy ");
                pr.text("\n");
                pr.closeObject();
            }
            if (flush) return flushReport(flushed);
            ctx.out.print(pr.finish());
            return 0;
        }
        for (NeighInfo n : o.family == 10 || only6 ? List.<NeighInfo>of() : RtnlNeigh.dump(ctx.net)) {
            if (d != null && n.ifindex() != d.ifindex()) continue;
            if (to != null && !inPrefix(n.addr(), to)) continue;
            int st = n.state() == 0 ? 0x100 : n.state();
            // print_neigh's state filter lets externally learned entries through whatever their state
            if ((states & st) == 0 && (n.flags() & Neighbour.NTF_EXT_LEARNED) == 0) continue;
            if (flush) {
                RtnlNeigh.remove(ctx.net, n);
                flushed++;
                continue;
            }
            NetDevice nd = ctx.net.byIndex(n.ifindex());
            String ll = n.hasLladdr() && n.state() != Neighbour.NUD_FAILED && n.state() != Neighbour.NUD_INCOMPLETE
                    ? Fmt.mac(n.lladdr()) : null;
            // A valid entry always carries NDA_LLADDR, dev->addr_len bytes long; for a device
            // without link-layer address (tun) that is empty, and ll_addr_n2a still prints one
            // byte: the next attribute's length, NDA_PROBES' 8.
            if (nd != null && nd.addrLen == 0 && (n.state() & Neighbour.NUD_VALID) != 0) ll = "08";
            print(pr, Fmt.ip(n.addr()), d == null ? (nd == null ? "if" + n.ifindex() : nd.name()) : null,
                    ll, n.flags(), n.state(), n);
        }
        // nd_tbl comes after arp_tbl in an AF_UNSPEC dump.
        if (o.family != 2 && (to == null || only6)) {
            for (Rtnl6.Neigh6Info n : Rtnl6.neighs(ctx.net)) {
                if (d != null && n.ifindex() != d.ifindex()) continue;
                if (only6 && !linnet.wire.Inet6.inPrefix(n.addr(), to6, to6Len)) continue;
                int st = n.state() == 0 ? 0x100 : n.state();
                if ((states & st) == 0) continue;
                if (flush) {
                    Rtnl6.removeNeigh(ctx.net, n);
                    flushed++;
                    continue;
                }
                NetDevice nd = ctx.net.byIndex(n.ifindex());
                print(pr, linnet.wire.Inet6.format(n.addr()), d == null ? (nd == null ? "if" + n.ifindex() : nd.name()) : null,
                        n.hasLladdr() && n.state() != Neighbour.NUD_FAILED && n.state() != Neighbour.NUD_INCOMPLETE
                                ? Fmt.mac(n.lladdr()) : null, n.flags() & ~Neighbour.NTF_PROXY, n.state(),
                        new NeighInfo(0, n.ifindex(), n.lladdr(), n.hasLladdr(), n.state(), n.flags(), n.usedMs(),
                                n.confirmedMs(), n.updatedMs(), n.probes(), 0));
            }
        }
        if (flush) return flushReport(flushed);
        ctx.out.print(pr.finish());
        return 0;
    }

    /** The end of a flush: with -s, the rounds it took ("Nothing to flush." when none). */
    private int flushReport(int flushed) {
        // With -s the flush loop reports its rounds; a second round finds nothing left.
        if (o.stats > 0) {
            if (flushed == 0) ctx.out.print("Nothing to flush.\n");
            else ctx.out.print("\n*** Round 1, deleting " + flushed + " entries ***\n"
                    + "*** Flush is complete after 1 round ***\n");
        }
        return 0;
    }

    private static boolean inPrefix(int addr, int[] to) {
        int len = to[1] < 0 ? 32 : to[1];
        int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
        return ((addr ^ to[0]) & mask) == 0;
    }

    /** print_neigh: dst, dev, lladdr, flags, with -s the cache info and probes, then the state. */
    private void print(linnet.tools.common.Printer pr, String dst, String dev, String lladdr, int flags, int state,
                       NeighInfo stats) {
        pr.openObject(null);
        if (o.brief) {
            // print_neigh with -br: the columns only (no flags, statistics or state)
            pr.text(String.format("%-39s ", dst)).string("dst", null, dst);
            if (dev != null) pr.text(String.format("%-16s ", dev)).string("dev", null, dev);
            if (lladdr != null) pr.string("lladdr", "%s", lladdr);
            pr.text("\n");
            pr.closeObject();
            return;
        }
        // print_neigh: the address in its family's color, device and lladdr in theirs.
        int famColor = dst.indexOf(':') >= 0 ? linnet.tools.common.Printer.COLOR_INET6 : linnet.tools.common.Printer.COLOR_INET;
        pr.colored("dst", "%s ", dst, famColor);
        if (dev != null) pr.text("dev ").colored("dev", "%s ", dev, linnet.tools.common.Printer.COLOR_IFNAME);
        if (lladdr != null) pr.text("lladdr ").colored("lladdr", "%s ", lladdr, linnet.tools.common.Printer.COLOR_MAC);
        if ((flags & Neighbour.NTF_ROUTER) != 0) pr.nullValue("router", "router ");
        if ((flags & Neighbour.NTF_PROXY) != 0) pr.nullValue("proxy", "proxy ");
        if ((flags & Neighbour.NTF_EXT_LEARNED) != 0) pr.nullValue("extern_learn", "extern_learn ");
        if (o.stats > 0 && stats != null) {
            // print_cacheinfo (seconds, truncated), then NDA_PROBES without a leading blank.
            if (stats.refcnt() != 0) pr.number("refcnt", " ref %s", stats.refcnt());
            pr.number("used", " used %s", stats.usedMs() / 1000).number("confirmed", "/%s", stats.confirmedMs() / 1000)
                    .number("updated", "/%s", stats.updatedMs() / 1000).number("probes", "probes %s ", stats.probes());
        }
        if (state != 0) {
            pr.openArray("state").jsonItem(Neighbour.stateName(state)).closeArray();
            pr.text(Neighbour.stateName(state) + " ");
        }
        pr.text("\n");
        pr.closeObject();
    }
}
