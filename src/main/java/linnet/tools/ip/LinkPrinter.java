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
import linnet.tools.common.Printer;

/** The link and address lines of `ip link` / `ip addr` (ipaddress.c's print_linkinfo, print_addrinfo). */
final class LinkPrinter {
    private final Ctx ctx;
    private final IpOpts o;
    private final Map<Integer, LinkInfo> byIndex;
    /** The links come from the AF_INET6 dump: no qdisc, group or link-netnsid attributes. */
    boolean inet6Dump;

    LinkPrinter(Ctx ctx, IpOpts o, List<LinkInfo> links) {
        this.ctx = ctx;
        this.o = o;
        this.byIndex = new java.util.HashMap<>();
        for (LinkInfo l : links) byIndex.put(l.ifindex(), l);
    }

    /** The text form of the flags (used by the brief listing). */
    static String flags(int f, boolean mdown) {
        Printer p = new Printer(false, false);
        flags(p, f, mdown);
        return p.finish();
    }

    /** "name@peer" as iproute2 shows it, and whether the link partner is down (M-DOWN). */
    String ifname(LinkInfo l) {
        if (l.link() == 0) return l.name();
        if (l.linkNetnsid() >= 0 && !inet6Dump) return l.name() + "@if" + l.link();
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

    static final String[] FLAG_NAMES = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI",
        "PROMISC", "MASTER", "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP", "LOWER_UP",
        "DORMANT", "ECHO"};
    static final int[] FLAG_BITS = {Iff.LOOPBACK, Iff.BROADCAST, Iff.POINTOPOINT, Iff.MULTICAST, Iff.NOARP, Iff.ALLMULTI,
        Iff.PROMISC, Iff.MASTER, Iff.SLAVE, Iff.DEBUG, Iff.DYNAMIC, Iff.AUTOMEDIA, Iff.PORTSEL, Iff.NOTRAILERS, Iff.UP,
        Iff.LOWER_UP, Iff.DORMANT, Iff.ECHO};

    /** print_link_flags: "<A,B,C>" in text, an array "flags" in JSON. */
    static void flags(Printer p, int f, boolean mdown) {
        p.openArray("flags").text("<");
        List<String> names = new java.util.ArrayList<>();
        if ((f & Iff.UP) != 0 && (f & Iff.RUNNING) == 0) names.add("NO-CARRIER");
        for (int i = 0; i < FLAG_BITS.length; i++) if ((f & FLAG_BITS[i]) != 0) names.add(FLAG_NAMES[i]);
        if (mdown) names.add("M-DOWN");
        for (int i = 0; i < names.size(); i++) p.string(null, (i > 0 ? "," : "") + "%s", names.get(i)).jsonItem(names.get(i));
        p.text(">").closeArray();
    }

    /** The "name@link" part (print_name_and_link): in JSON the link comes before the name. */
    void name(Printer p, LinkInfo l) {
        if (l.link() == 0) {
            p.string("ifname", "%s", l.name());
            return;
        }
        if (l.linkNetnsid() >= 0 && !inet6Dump) {
            p.number("link_index", null, l.link()).string("ifname", "%s", l.name()).text("@if" + l.link());
        } else {
            LinkInfo peer = byIndex.get(l.link());
            String pn = peer == null ? "if" + l.link() : peer.name();
            p.string("link", null, pn).string("ifname", "%s", l.name()).text("@" + pn);
        }
    }

    /** The first line and the link/ line of one device; {@code withMode} for `ip link` (mode DEFAULT). */
    void header(Printer p, LinkInfo l, boolean withMode, boolean linkLine) {
        p.number("ifindex", "%s: ", l.ifindex());
        // print_name_and_link: "name@link: " is one colored string.
        if (p.json()) name(p, l);
        else p.colored(null, "%s: ", ifname(l), Printer.COLOR_IFNAME);
        flags(p, l.flags(), mdown(l));
        p.number("mtu", " mtu %s", l.mtu());
        if (!inet6Dump) p.string("qdisc", " qdisc %s", l.qdisc());
        if (l.master() != 0) {
            LinkInfo m = byIndex.get(l.master());
            p.string("master", " master %s", m == null ? "if" + l.master() : m.name());
        }
        p.text(" state ").colored("operstate", "%s ", l.operstate(), Printer.operstateColor(l.operstate()));
        if (withMode) p.string("linkmode", "mode %s ", "DEFAULT");
        if (!inet6Dump) p.string("group", "group %s ", IpLink.groupN2a(l.group()));
        // print_queuelen: a zero queue length is not printed at all
        if (l.txqlen() != 0) p.number("txqlen", "qlen %s", l.txqlen());
        if (!linkLine) {
            // Without the link/ line, the link-netns ends the first line (print_linkinfo).
            if (!inet6Dump) linkNetns(p, l);
            alias(p, l, withMode);
            p.text(o.oneline ? "\\" : "\n");
            return;
        }
        p.text(o.oneline ? "\\" : "\n");
        p.string("link_type", "    link/%s", linkType(l.type()));
        if (l.addrLen() > 0) {
            p.text(" ").colored("address", "%s", Fmt.mac(l.addr()), Printer.COLOR_MAC)
                    .text(" brd ").colored("broadcast", "%s", Fmt.mac(l.broadcast()), Printer.COLOR_MAC);
        } else {
            p.text(" ");
        }
        linkNetns(p, l);
        if (o.details > 0) details(p, l, withMode);
        alias(p, l, withMode);
        p.text("\n");
    }

    /** IFLA_IFALIAS on its own line, for ip link and with -d (print_linkinfo). */
    private void alias(Printer p, LinkInfo l, boolean doLink) {
        if ((doLink || o.details > 0) && l.ifalias() != null)
            p.text((o.oneline ? "\\" : "\n") + "    ").string("ifalias", "alias %s", l.ifalias());
    }

    private void linkNetns(Printer p, LinkInfo l) {
        if (l.linkNetnsid() < 0) return;
        Net peer = ctx.host.rtnl().netById(ctx.net, l.linkNetnsid());
        String name = peer == null ? null : nsName(peer);
        // JSON always carries the number; text names the namespace when one is mounted for it.
        p.number("link_netnsid", null, l.linkNetnsid());
        if (name != null) p.text(" link-netns " + name);
        else p.text(" link-netnsid " + l.linkNetnsid());
    }

    /** iproute2 maps an nsid to a name by asking, for each /run/netns entry, its id here. */
    private String nsName(Net peer) {
        for (String n : ctx.host.netns().namesNewestFirst()) {
            Net cand = ctx.host.netns().get(n);
            if (cand == peer && ctx.net.peernet2id(cand) >= 0) return n;
        }
        return null;
    }

    private void details(Printer p, LinkInfo l, boolean doLink) {
        p.number("promiscuity", " promiscuity %s ", l.promiscuity()).number("allmulti", " allmulti %s", l.allmulti())
                .number("min_mtu", " minmtu %s", l.minMtu()).number("max_mtu", " maxmtu %s ", l.maxMtu());
        // print_linktype: "\n    KIND " and the kind's options, then the slave kind and its options.
        if (l.kind() != null) {
            // print_nl(): _SL_, a backslash with -o
            String nl = o.oneline ? "\\" : "\n";
            p.openObject("linkinfo").string("info_kind", nl + "    %s ", l.kind());
            if (l.kind().equals("tun")) IpTuntap.printInfoData(p, l.infoData());
            if (l.kind().equals("bond")) {
                p.openObject("info_data");
                IpLinkKinds.printBond(p, l.infoData(), i -> {
                    LinkInfo x = byIndex.get(i);
                    return x == null ? "if" + i : x.name();
                });
                p.closeObject();
            }
            if (l.kind().equals("ipvlan")) {
                p.openObject("info_data");
                IpLinkKinds.printIpvlan(p, l.infoData());
                p.closeObject();
            }
            if (l.kind().equals("vlan")) {
                p.openObject("info_data");
                IpLinkKinds.printVlan(p, l.infoData(), o.oneline);
                p.closeObject();
            }
            if (l.kind().equals("vxlan")) {
                p.openObject("info_data");
                IpLinkKinds.printVxlan(p, l.infoData(), i -> {
                    LinkInfo x = byIndex.get(i);
                    return x == null ? "if" + i : x.name();
                });
                p.closeObject();
            }
            if (l.kind().equals("macvlan") || l.kind().equals("macvtap")) {
                p.openObject("info_data");
                IpLinkKinds.printMacvlan(p, l.infoData());
                p.closeObject();
            }
            if (l.kind().equals("bridge")) {
                try {
                    linnet.kernel.rtnl.BridgeInfo bi = ctx.host.rtnl().bridge.info(ctx.net, l.name());
                    p.openObject("info_data");
                    BridgeDetails.bridge(p, bi);
                    p.closeObject();
                } catch (linnet.kernel.core.KernelException e) {
                    // gone meanwhile: nothing to print
                }
            }
            java.util.Map<String, Long> bondSlave = ctx.host.rtnl().kinds.bondSlave(ctx.net, l.ifindex());
            if (bondSlave != null) {
                p.string("info_slave_kind", nl + "    %s_slave ", "bond");
                p.openObject("info_slave_data");
                IpLinkKinds.printBondSlave(p, bondSlave);
                p.closeObject();
            }
            linnet.kernel.rtnl.BrPortInfo port = portOf(l);
            if (port != null) {
                // print_linktype: the JSON value is the slave kind, the text "<kind>_slave".
                p.string("info_slave_kind", nl + "    %s_slave ", "bridge");
                p.openObject("info_slave_data");
                BridgeDetails.slave(p, port);
                p.closeObject();
            }
            p.closeObject();
        }
        // print_af_spec (the IPv6 addrgenmode) is for ip link only
        if (doLink) {
            int agm = linnet.kernel.rtnl.Rtnl6.addrGenMode(ctx.net, l.ifindex());
            p.string("inet6_addr_gen_mode", "addrgenmode %s ", agm == 1 ? "none" : agm == 2 ? "stable_secret" : agm == 3 ? "random" : "eui64");
        }
        p.number("num_tx_queues", "numtxqueues %s ", l.numTxQueues())
                .number("num_rx_queues", "numrxqueues %s ", l.numRxQueues()).number("gso_max_size", "gso_max_size %s ", 65536)
                .number("gso_max_segs", "gso_max_segs %s ", 65535)
                .number("tso_max_size", "tso_max_size %s ", l.tsoMaxSize())
                .number("tso_max_segs", "tso_max_segs %s ", 65535).number("gro_max_size", "gro_max_size %s ", 65536);
    }

    private linnet.kernel.rtnl.BrPortInfo portOf(LinkInfo l) {
        if (l.master() == 0) return null;
        try {
            return ctx.host.rtnl().bridge.port(ctx.net, l.name());
        } catch (linnet.kernel.core.KernelException e) {
            return null;
        }
    }

    /** The two padded columns of -br: "name@link" and the operstate. */
    void briefLine(Printer p, LinkInfo l) {
        if (p.json()) {
            name(p, l);
            p.string("operstate", null, l.operstate());
        } else {
            p.colored(null, "%s ", Fmt.pad(ifname(l), 16), Printer.COLOR_IFNAME)
                    .colored(null, "%s ", Fmt.pad(l.operstate(), 14), Printer.operstateColor(l.operstate()));
        }
    }

    static String addrText(AddrInfo a) {
        return a.family() == AddrInfo.AF_INET6 ? Addrconf.format(a.addr6()) : Fmt.ip(a.local());
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

    /** The IPv4 or IPv6 ifa_family name. */
    private static String familyName(int f) { return f == AddrInfo.AF_INET ? "inet" : f == AddrInfo.AF_INET6 ? "inet6" : "family " + f; }

    /** The kind of the device a link is enslaved to (IFLA_INFO_SLAVE_KIND), or null. */
    String slaveKind(LinkInfo l) {
        if (l.master() == 0) return null;
        LinkInfo m = byIndex.get(l.master());
        return m == null ? null : m.kind();
    }

    /** print_ifa_flags: ifa_flag_data order, "dynamic" for a missing IFA_F_PERMANENT, leftovers in hex. */
    static void ifaFlags(Printer p, AddrInfo a) {
        int flags = a.flags();
        for (IpAddr.FlagData f : IpAddr.FLAG_DATA) {
            if (f.mask() == 0x80) {
                if ((flags & f.mask()) == 0) p.string(null, "dynamic ", "").jsonTrue("dynamic");
            } else if ((flags & f.mask()) != 0) {
                if (f.mask() == 0x01 && a.family() == AddrInfo.AF_INET6) p.string(null, "temporary ", "").jsonTrue("temporary");
                else p.string(null, f.name() + " ", "").jsonTrue(f.name());
            }
            flags &= ~f.mask();
        }
        if (flags != 0) {
            if (p.json()) p.string("ifa_flags", null, String.format("%02x", flags));
            else p.text(String.format("flags %02x ", flags));
        }
    }

    /** print_addrinfo for one address that passed the filter (two lines, or one with -o). */
    void addrinfo(Printer p, AddrInfo a, String devName) { addrinfo(p, a, devName, o.oneline); }

    /** {@code indexPrefix}: the "IDX: DEV" start of -o lines (and of flushed addresses). */
    void addrinfo(Printer p, AddrInfo a, String devName, boolean indexPrefix) {
        boolean v4 = a.family() == AddrInfo.AF_INET;
        if (!o.brief) {
            if (indexPrefix) {
                if (p.json()) p.number("index", null, a.ifindex()).string("dev", null, devName);
                else p.text(a.ifindex() + ": " + devName);
            }
            p.string("family", "    %s ", familyName(a.family()));
        }
        int famColor = v4 ? Printer.COLOR_INET : Printer.COLOR_INET6;
        p.colored("local", "%s", addrText(a), famColor);
        if (v4 && a.address() != a.local()) p.text(" peer ").colored("address", "%s", Fmt.ip(a.address()), famColor);
        p.number("prefixlen", "/%s ", a.prefixLen());
        if (a.metric() != 0) p.number("metric", "metric %s ", Integer.toUnsignedLong(a.metric()));
        if (o.brief) return;
        if (v4 && a.broadcast() != 0) p.text("brd ").string("broadcast", "%s ", Fmt.ip(a.broadcast()));
        p.string("scope", "scope %s ", o.names.scope(a.scope()));
        ifaFlags(p, a);
        if (v4 && a.label() != null && !a.label().isEmpty()) p.string("label", "%s", a.label());
        p.text(o.oneline ? "\\" : "\n");
        p.text("       valid_lft ");
        if (a.validLft() == AddrInfo.FOREVER) p.number("valid_life_time", null, AddrInfo.FOREVER).text("forever");
        else p.number("valid_life_time", "%ssec", a.validLft());
        p.text(" preferred_lft ");
        if (a.preferredLft() == AddrInfo.FOREVER) p.number("preferred_life_time", null, AddrInfo.FOREVER).text("forever");
        else p.number("preferred_life_time", "%ssec", a.preferredLft());
        p.text("\n");
    }
}
