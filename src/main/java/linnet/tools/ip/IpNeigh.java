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
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip neigh help\".");
        return 255;
    }

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

    private int modify(Args a, boolean create, boolean excl, boolean replace) {
        String dev = null, dst = null;
        Long ll = null;
        int state = Neighbour.NUD_PERMANENT;
        int flags = 0;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "lladdr" -> {
                    String v = a.value(ctx);
                    try {
                        ll = Mac.parse(v);
                    } catch (IllegalArgumentException e) {
                        ctx.err.println("\"" + v + "\" is invalid lladdr.");
                        return 1;
                    }
                }
                case "nud" -> state = nudId(ctx, a.value(ctx));
                case "dev" -> dev = a.value(ctx);
                case "router" -> flags |= Neighbour.NTF_ROUTER;
                case "proxy" -> flags |= Neighbour.NTF_PROXY;
                case "to" -> dst = a.value(ctx);
                default -> dst = k;
            }
        }
        if (dev == null || dst == null) {
            ctx.err.println("Device and destination are required arguments.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (o.family == 10 || dst.indexOf(':') >= 0) {
            byte[] a6 = IpAddr.prefix6(ctx, dst, new int[1]);
            try {
                Rtnl6.addNeigh(ctx.net, a6, dev, state, ll, create, excl, flags);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        int addr = IpAddr.prefix(ctx, dst)[0];
        try {
            RtnlNeigh.add(ctx.net, addr, dev, state, ll, create, excl, replace, flags);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int delete(Args a) {
        String dev = null, dst = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("to")) dst = a.value(ctx);
            else if (k.equals("lladdr") || k.equals("nud")) a.value(ctx);
            else dst = k;
        }
        if (dev == null || dst == null) {
            ctx.err.println("Device and destination are required arguments.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        if (o.family == 10 || dst.indexOf(':') >= 0) {
            try {
                Rtnl6.delNeigh(ctx.net, IpAddr.prefix6(ctx, dst, new int[1]), dev);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        try {
            RtnlNeigh.delete(ctx.net, IpAddr.prefix(ctx, dst)[0], dev);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
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
        String dev = null;
        int[] to = null;
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
                case "proxy", "unused", "nomaster", "vrf" -> { }
                default -> to = prefixOrAll(k);
            }
        }
        NetDevice d = null;
        if (dev != null) {
            d = ctx.net.byName(dev);
            if (d == null) throw Errors.cannotFindDevice(ctx, dev);
        }
        if (flush && dev == null && to == null && !stateGiven) {
            ctx.err.println("Flush requires arguments.");
            return 255;
        }
        StringBuilder sb = new StringBuilder();
        boolean only6 = to != null && to[1] == -2;
        for (NeighInfo n : o.family == 10 || only6 ? List.<NeighInfo>of() : RtnlNeigh.dump(ctx.net)) {
            if (d != null && n.ifindex() != d.ifindex()) continue;
            if (to != null) {
                int len = to[1] < 0 ? 32 : to[1];
                int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
                if (((n.addr() ^ to[0]) & mask) != 0) continue;
            }
            int st = n.state() == 0 ? 0x100 : n.state();
            if ((states & st) == 0) continue;
            if (flush) {
                RtnlNeigh.remove(ctx.net, n);
                continue;
            }
            sb.append(Fmt.ip(n.addr())).append(' ');
            if (d == null) {
                NetDevice nd = ctx.net.byIndex(n.ifindex());
                sb.append("dev ").append(nd == null ? "if" + n.ifindex() : nd.name()).append(' ');
            }
            if (n.hasLladdr() && n.state() != Neighbour.NUD_FAILED && n.state() != Neighbour.NUD_INCOMPLETE)
                sb.append("lladdr ").append(Fmt.mac(n.lladdr())).append(' ');
            if ((n.flags() & Neighbour.NTF_ROUTER) != 0) sb.append("router ");
            if ((n.flags() & Neighbour.NTF_PROXY) != 0) sb.append("proxy ");
            if (o.stats > 0) {
                // print_cacheinfo (seconds, truncated), then NDA_PROBES without a leading blank.
                if (n.refcnt() != 0) sb.append(" ref ").append(n.refcnt());
                sb.append(" used ").append(n.usedMs() / 1000).append('/').append(n.confirmedMs() / 1000)
                        .append('/').append(n.updatedMs() / 1000).append("probes ").append(n.probes()).append(' ');
            }
            sb.append(Neighbour.stateName(n.state())).append(' ');
            sb.append('\n');
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
                    continue;
                }
                sb.append(linnet.wire.Inet6.format(n.addr())).append(' ');
                if (d == null) {
                    NetDevice nd = ctx.net.byIndex(n.ifindex());
                    sb.append("dev ").append(nd == null ? "if" + n.ifindex() : nd.name()).append(' ');
                }
                if (n.hasLladdr() && n.state() != Neighbour.NUD_FAILED && n.state() != Neighbour.NUD_INCOMPLETE)
                    sb.append("lladdr ").append(Fmt.mac(n.lladdr())).append(' ');
                if ((n.flags() & Neighbour.NTF_ROUTER) != 0) sb.append("router ");
                sb.append(Neighbour.stateName(n.state())).append(' ');
                sb.append('\n');
            }
        }
        ctx.out.print(sb);
        return 0;
    }
}
