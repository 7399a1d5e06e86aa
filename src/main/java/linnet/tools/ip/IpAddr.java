package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.LinkInfo;
import linnet.kernel.rtnl.Rtnl6;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;
import linnet.tools.common.ToolExit;
import linnet.wire.Inet4;

/** `ip address` (ipaddress.c): show, add, del, flush. */
final class IpAddr {
    private final Ctx ctx;
    private final IpOpts o;

    IpAddr(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return modify(a, false);
        if (Args.matches(cmd, "replace")) return modify(a, true);
        if (Args.matches(cmd, "delete")) return delete(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "lst") || Args.matches(cmd, "list")) return show(a, false);
        if (Args.matches(cmd, "flush")) return show(a, true);
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip address help\".");
        return 255;
    }

    /** A prefix "a.b.c.d[/len]" as get_prefix parses it; returns {addr, len (-1 if absent)}. */
    static int[] prefix(Ctx ctx, String s) {
        String addr = s;
        int len = -1;
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                addr = s.substring(0, slash);
                len = Integer.parseInt(s.substring(slash + 1));
                if (len < 0 || len > 32) throw new IllegalArgumentException();
            }
            return new int[] {parseInet(addr), len};
        } catch (IllegalArgumentException e) {
            throw Errors.badPrefix(ctx, s);
        }
    }

    /** inet_aton-like parsing as iproute2's get_addr_1 does ("10.1" is accepted as 10.0.0.1? no: dotted parts are padded). */
    static int parseInet(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length < 1 || p.length > 4) throw new IllegalArgumentException();
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int b = 0;
            if (i < p.length) {
                if (p[i].isEmpty() || p[i].length() > 3) throw new IllegalArgumentException();
                for (char c : p[i].toCharArray()) if (c < '0' || c > '9') throw new IllegalArgumentException();
                b = Integer.parseInt(p[i]);
                if (b > 255) throw new IllegalArgumentException();
            }
            v = (v << 8) | b;
        }
        return v;
    }

    private int modify(Args a, boolean replace) {
        String dev = null, label = null, local = null, peer = null, brd = null;
        int scope = -1;
        int flags = 0;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "label" -> label = a.value(ctx);
                case "local" -> local = a.value(ctx);
                case "peer", "remote" -> peer = a.value(ctx);
                case "noprefixroute" -> flags |= 0x200;
                case "nodad" -> flags |= 0x02;
                case "valid_lft", "preferred_lft" -> a.value(ctx);
                default -> {
                    if (Args.matches(k, "broadcast") || k.equals("brd")) brd = a.value(ctx);
                    else if (Args.matches(k, "scope")) scope = IpRoute.scopeId(ctx, a.value(ctx));
                    else if (local == null) local = k;
                    else throw Errors.duparg2(ctx, "local", k);
                }
            }
        }
        if (dev == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 1;
        }
        if (local == null) {
            ctx.err.println("Not enough information: \"local\" argument is required.");
            return 1;
        }
        if (local.indexOf(':') >= 0 || o.family == 10) return modify6(dev, local, flags);
        int[] p = prefix(ctx, local);
        int len = p[1] < 0 ? 32 : p[1];
        int address = p[0];
        if (peer != null) address = prefix(ctx, peer)[0];
        int broadcast = 0;
        if (brd != null) {
            int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
            if (brd.equals("+")) broadcast = len >= 31 ? 0 : (p[0] | ~mask);
            else if (brd.equals("-")) broadcast = len >= 31 ? 0 : (p[0] & mask);
            else {
                try {
                    broadcast = parseInet(brd);
                } catch (IllegalArgumentException e) {
                    throw Errors.badAddress(ctx, brd);
                }
            }
        }
        if (label != null && !label.startsWith(dev)) {
            ctx.err.println("\"" + label + "\" is not valid label. It should match \"" + dev + "\" or \"" + dev + ":xxx\".");
            return 1;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (scope < 0) scope = Inet4.isLoopback(p[0]) ? 254 : 0;
        try {
            ctx.host.rtnl().newAddr(ctx.net, dev, p[0], address, len, broadcast, label, scope, flags, replace);
        } catch (KernelException e) {
            if (e.errno == linnet.kernel.core.Errno.EEXIST && e.extack == null)
                return Errors.rtnl(ctx, new KernelException(e.errno, "ipv4: Address already assigned"));
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** A prefix "addr[/len]" of IPv6; returns the address, {@code len[0]} gets the length (-1 if absent). */
    static byte[] prefix6(Ctx ctx, String s, int[] len) {
        String addr = s;
        len[0] = -1;
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                addr = s.substring(0, slash);
                len[0] = Integer.parseInt(s.substring(slash + 1));
                if (len[0] < 0 || len[0] > 128) throw new IllegalArgumentException();
            }
            return linnet.wire.Inet6.parse(addr);
        } catch (IllegalArgumentException e) {
            throw Errors.badPrefix(ctx, s);
        }
    }

    private int modify6(String dev, String local, int flags) {
        int[] len = new int[1];
        byte[] addr = prefix6(ctx, local, len);
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        try {
            Rtnl6.addAddr(ctx.net, dev, addr, len[0] < 0 ? 128 : len[0], flags);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int delete(Args a) {
        String dev = null, local = null, label = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("label")) label = a.value(ctx);
            else if (k.equals("local")) local = a.value(ctx);
            else if (local == null) local = k;
        }
        if (dev == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 1;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (local != null && (local.indexOf(':') >= 0 || o.family == 10)) {
            int[] l6 = new int[1];
            byte[] a6 = prefix6(ctx, local, l6);
            try {
                Rtnl6.delAddr(ctx.net, dev, a6, l6[0]);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        int addr = 0, len = -1;
        if (local != null) {
            int[] p = prefix(ctx, local);
            addr = p[0];
            len = p[1] < 0 ? 32 : p[1];
        } else {
            ctx.err.println("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                    + "         Explicitly specify the prefix length (" + "/32" + ") to avoid this warning.\n"
                    + "         This special behaviour is likely to disappear in further releases,\n"
                    + "         fix your scripts!");
        }
        if (local != null && local.indexOf('/') < 0) {
            ctx.err.println("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                    + "         Explicitly specify the prefix length (" + local + "/32) to avoid this warning.\n"
                    + "         This special behaviour is likely to disappear in further releases,\n"
                    + "         fix your scripts!");
            len = -1;
        }
        try {
            ctx.host.rtnl().delAddr(ctx.net, dev, addr, len, label);
        } catch (KernelException e) {
            if (e.errno == linnet.kernel.core.Errno.EADDRNOTAVAIL)
                return Errors.rtnl(ctx, new KernelException(e.errno, "ipv4: Address not found"));
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** `ip addr show|flush [dev D] [up] [label L] [scope S] [to PREFIX]`. */
    int show(Args a, boolean flush) {
        String dev = null, label = null;
        boolean up = false;
        int[] to = null;
        int scope = -1;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "up" -> up = true;
                case "label" -> label = a.value(ctx);
                case "to" -> to = prefix(ctx, a.value(ctx));
                case "scope" -> scope = IpRoute.scopeId(ctx, a.value(ctx));
                case "primary", "secondary", "permanent", "dynamic" -> { }
                default -> {
                    if (dev == null) dev = k;
                    else throw Errors.duparg2(ctx, "dev", k);
                }
            }
        }
        if (flush && dev == null && label == null && to == null) {
            ctx.err.println("Flush requires arguments.");
            return 1;
        }
        List<LinkInfo> links = ctx.host.rtnl().links(ctx.net);
        List<LinkInfo> sel = new ArrayList<>();
        for (LinkInfo l : links) {
            if (dev != null && !l.name().equals(dev)) continue;
            if (up && (l.flags() & 1) == 0) continue;
            sel.add(l);
        }
        if (dev != null && sel.isEmpty()) throw Errors.deviceDoesNotExist(ctx, dev);
        if (flush) {
            for (LinkInfo l : sel) {
                for (AddrInfo ai : ctx.host.rtnl().addrsOf(ctx.net.byIndex(l.ifindex()))) {
                    if (ai.family() != AddrInfo.AF_INET || (o.family != 0 && o.family != 2)) continue;
                    if (label != null && !label.equals(ai.label())) continue;
                    if (to != null && !matchesTo(ai, to)) continue;
                    if (scope >= 0 && ai.scope() != scope) continue;
                    try {
                        ctx.host.rtnl().delAddr(ctx.net, l.name(), ai.local(), ai.prefixLen(), null);
                    } catch (KernelException e) {
                        // Deleting a primary already removed its secondaries.
                    }
                }
            }
            return 0;
        }
        LinkPrinter p = new LinkPrinter(ctx, o, links);
        // `ip -6 addr` without a device asks for the AF_INET6 link dump (inet6_fill_ifinfo): only
        // devices with IPv6, and fewer attributes (no qdisc, group or link-netnsid).
        boolean inet6Dump = o.family == 10 && dev == null;
        p.inet6Dump = inet6Dump;
        Printer pr = new Printer(o.json, o.pretty);
        for (LinkInfo l : sel) {
            List<AddrInfo> addrs = new ArrayList<>();
            for (AddrInfo ai : ctx.host.rtnl().addrsOf(ctx.net.byIndex(l.ifindex()))) {
                if (o.family == 2 && ai.family() != AddrInfo.AF_INET) continue;
                if (o.family == 10 && ai.family() != AddrInfo.AF_INET6) continue;
                if (label != null && (ai.family() != AddrInfo.AF_INET || !label.equals(ai.label()))) continue;
                if (to != null && !matchesTo(ai, to)) continue;
                if (scope >= 0 && ai.scope() != scope) continue;
                addrs.add(ai);
            }
            // With a family, label or prefix filter, devices without a matching address are skipped.
            if ((o.family != 0 || label != null || to != null || scope >= 0) && addrs.isEmpty()) continue;
            pr.openObject(null);
            if (o.brief) {
                p.briefLine(pr, l);
                pr.openArray("addr_info");
                for (AddrInfo ai : addrs) {
                    pr.openObject(null).string("local", "%s", LinkPrinter.addrText(ai));
                    // print_addrinfo prints a point-to-point peer in the brief form too.
                    if (ai.family() == AddrInfo.AF_INET && ai.address() != ai.local())
                        pr.string("address", " peer %s", linnet.tools.common.Fmt.ip(ai.address()));
                    pr.number("prefixlen", "/%s ", ai.prefixLen()).closeObject();
                }
                pr.closeArray().text("\n").closeObject();
                continue;
            }
            // A label filter prints just the matching addresses (no link header).
            if (inet6Dump && !Rtnl6.hasInet6(ctx.net, l.ifindex())) continue;
            if (!o.oneline && label == null) p.header(pr, l, false, o.family == 0 || o.family == 17);
            pr.openArray("addr_info");
            for (AddrInfo ai : addrs) p.addrLines(pr, ai, l.name());
            pr.closeArray().closeObject();
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    private static boolean matchesTo(AddrInfo ai, int[] to) {
        if (ai.family() != AddrInfo.AF_INET) return false;
        int len = to[1] < 0 ? 32 : to[1];
        int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
        return ((ai.local() ^ to[0]) & mask) == 0;
    }

    static ToolExit exit(int s) { return new ToolExit(s); }
}
