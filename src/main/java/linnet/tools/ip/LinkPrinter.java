package linnet.tools.ip;

import java.util.List;
import java.util.Map;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.LinkInfo;
import linnet.kernel.ipv6.Addrconf;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;

/** The link and address lines of `ip link` / `ip addr` (ipaddress.c's print_linkinfo, print_addrinfo). */
final class LinkPrinter {
    private final Ctx ctx;
    private final IpOpts o;
    private final Map<Integer, LinkInfo> byIndex;

    LinkPrinter(Ctx ctx, IpOpts o, List<LinkInfo> links) {
        this.ctx = ctx;
        this.o = o;
        this.byIndex = new java.util.HashMap<>();
        for (LinkInfo l : links) byIndex.put(l.ifindex(), l);
    }

    static String flags(int f, boolean mdown) {
        StringBuilder sb = new StringBuilder("<");
        if ((f & Iff.UP) != 0 && (f & Iff.RUNNING) == 0) sb.append("NO-CARRIER,");
        int[] bits = {Iff.LOOPBACK, Iff.BROADCAST, Iff.POINTOPOINT, Iff.MULTICAST, Iff.NOARP, Iff.ALLMULTI, Iff.PROMISC,
            Iff.MASTER, Iff.SLAVE, Iff.DEBUG, Iff.DYNAMIC, Iff.AUTOMEDIA, Iff.PORTSEL, Iff.NOTRAILERS, Iff.UP,
            Iff.LOWER_UP, Iff.DORMANT, Iff.ECHO};
        String[] names = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI", "PROMISC", "MASTER",
            "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP", "LOWER_UP", "DORMANT", "ECHO"};
        for (int i = 0; i < bits.length; i++) if ((f & bits[i]) != 0) sb.append(names[i]).append(',');
        if (mdown) sb.append("M-DOWN,");
        if (sb.charAt(sb.length() - 1) == ',') sb.setLength(sb.length() - 1);
        return sb.append('>').toString();
    }

    /** "name@peer" as iproute2 shows it, and whether the link partner is down (M-DOWN). */
    String ifname(LinkInfo l) {
        if (l.link() == 0) return l.name();
        if (l.linkNetnsid() >= 0) return l.name() + "@if" + l.link();
        LinkInfo p = byIndex.get(l.link());
        return l.name() + "@" + (p == null ? "if" + l.link() : p.name());
    }

    boolean mdown(LinkInfo l) {
        if (l.link() == 0 || l.linkNetnsid() >= 0) return false;
        LinkInfo p = byIndex.get(l.link());
        return p != null && (p.flags() & Iff.UP) == 0;
    }

    static String linkType(int type) {
        return switch (type) {
            case Iff.ARPHRD_ETHER -> "ether";
            case Iff.ARPHRD_LOOPBACK -> "loopback";
            case Iff.ARPHRD_NONE -> "none";
            default -> "[" + type + "]";
        };
    }

    /** The first line and the link/ line of one device; {@code withMode} for `ip link` (mode DEFAULT). */
    void header(StringBuilder sb, LinkInfo l, boolean withMode) { header(sb, l, withMode, true); }

    /** {@code linkLine} false: `ip -4 addr` leaves out the link/ line. */
    void header(StringBuilder sb, LinkInfo l, boolean withMode, boolean linkLine) {
        sb.append(l.ifindex()).append(": ").append(ifname(l)).append(": ").append(flags(l.flags(), mdown(l)));
        sb.append(" mtu ").append(l.mtu()).append(" qdisc ").append(l.qdisc());
        if (l.master() != 0) {
            LinkInfo m = byIndex.get(l.master());
            sb.append(" master ").append(m == null ? "if" + l.master() : m.name());
        }
        sb.append(" state ").append(l.operstate());
        if (withMode) sb.append(" mode DEFAULT");
        sb.append(" group default qlen ").append(l.txqlen());
        sb.append(o.oneline ? "\\" : "\n");
        if (!linkLine) return;
        sb.append("    link/").append(linkType(l.type()));
        if (l.addrLen() > 0) {
            sb.append(' ').append(Fmt.mac(l.addr())).append(" brd ").append(Fmt.mac(l.broadcast()));
        } else {
            sb.append(' ');
        }
        if (l.linkNetnsid() >= 0) {
            Net peer = ctx.host.rtnl().netById(ctx.net, l.linkNetnsid());
            String name = peer == null ? null : nsName(peer);
            if (name != null) sb.append(" link-netns ").append(name);
            else sb.append(" link-netnsid ").append(l.linkNetnsid());
        }
        if (o.details > 0) details(sb, l);
        sb.append('\n');
    }

    /** iproute2 maps an nsid to a name by asking, for each /run/netns entry, its id here. */
    private String nsName(Net peer) {
        for (String n : ctx.host.netns().namesNewestFirst()) {
            Net cand = ctx.host.netns().get(n);
            if (cand == peer && ctx.net.peernet2id(cand) >= 0) return n;
        }
        return null;
    }

    private void details(StringBuilder sb, LinkInfo l) {
        sb.append(" promiscuity 0  allmulti 0 minmtu ").append(l.minMtu()).append(" maxmtu ").append(l.maxMtu());
        if (l.kind() != null) sb.append(" \n    ").append(l.kind()).append(' ');
        sb.append("addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535");
    }

    static String brief(String name, String state) {
        return Fmt.pad(name, 16) + " " + Fmt.pad(state, 14) + " ";
    }

    static String addr(AddrInfo a) {
        if (a.family() == AddrInfo.AF_INET6) return Addrconf.format(a.addr6()) + "/" + a.prefixLen();
        return Fmt.ip(a.local()) + "/" + a.prefixLen();
    }

    static String scope(int s) {
        return switch (s) {
            case 0 -> "global";
            case 200 -> "site";
            case 253 -> "link";
            case 254 -> "host";
            case 255 -> "nowhere";
            default -> Integer.toString(s);
        };
    }

    /** print_addrinfo for one address (two lines). */
    void addrLines(StringBuilder sb, AddrInfo a, String devName) {
        if (o.oneline) sb.append(a.ifindex()).append(": ").append(devName).append("    ");
        else sb.append("    ");
        if (a.family() == AddrInfo.AF_INET) {
            sb.append("inet ").append(Fmt.ip(a.local()));
            if (a.address() != a.local()) sb.append(" peer ").append(Fmt.ip(a.address()));
            sb.append('/').append(a.prefixLen()).append(' ');
            if (a.broadcast() != 0) sb.append("brd ").append(Fmt.ip(a.broadcast())).append(' ');
        } else {
            sb.append("inet6 ").append(addr(a)).append(' ');
        }
        sb.append("scope ").append(scope(a.scope())).append(' ');
        if ((a.flags() & 0x01) != 0) sb.append(a.family() == AddrInfo.AF_INET ? "secondary " : "temporary ");
        if ((a.flags() & 0x200) != 0) sb.append("noprefixroute ");
        if (a.family() == AddrInfo.AF_INET && a.label() != null) sb.append(a.label());
        sb.append(o.oneline ? "\\" : "\n");
        sb.append("       valid_lft forever preferred_lft forever\n");
    }
}
