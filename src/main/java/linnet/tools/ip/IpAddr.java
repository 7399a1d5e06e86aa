package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.AddrRequest;
import linnet.kernel.rtnl.LinkInfo;
import linnet.kernel.rtnl.Rtnl6;
import linnet.kernel.rtnl.AddrMsg;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Glob;
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

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("add", "change", "replace", "delete", "show", "list", "flush", "save",
            "showdump", "restore", "help");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (Args.matches(cmd, "add")) return modify(a, CMD_ADD, AddrRequest.NLM_F_CREATE | AddrRequest.NLM_F_EXCL);
        if (Args.matches(cmd, "change") || cmd.equals("chg")) return modify(a, CMD_ADD, AddrRequest.NLM_F_REPLACE);
        if (Args.matches(cmd, "replace"))
            return modify(a, CMD_ADD, AddrRequest.NLM_F_CREATE | AddrRequest.NLM_F_REPLACE);
        if (Args.matches(cmd, "delete")) return modify(a, CMD_DEL, 0);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "lst") || Args.matches(cmd, "list")) return show(a, false);
        if (Args.matches(cmd, "flush")) return show(a, true);
        if (Args.matches(cmd, "save")) return show(a, false, true);
        if (Args.matches(cmd, "showdump")) return showdump();
        if (Args.matches(cmd, "restore")) return restore();
        if (Args.matches(cmd, "help")) return usage();
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip address help\".");
        return 255;
    }

    /** A prefix "a.b.c.d[/len]" as get_prefix parses it; returns {addr, len (-1 if absent)}. */
    static int[] prefix(Ctx ctx, String s) {
        try {
            return prefixRaw(s);
        } catch (IllegalArgumentException e) {
            throw Errors.badPrefix(ctx, s);
        }
    }

    /** The parse of {@link #prefix} without the error report. */
    static int[] prefixRaw(String s) {
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
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e);
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

    static final int CMD_ADD = 0, CMD_DEL = 1;

    /** The ifa_flag_data table of ipaddress.c: name, mask, read-only, IPv6-only. */
    record FlagData(String name, int mask, boolean readonly, boolean v6only) {}

    static final FlagData[] FLAG_DATA = {
        new FlagData("secondary", InIfaddr.IFA_F_SECONDARY, true, false),
        new FlagData("temporary", InIfaddr.IFA_F_SECONDARY, true, false),
        new FlagData("nodad", InIfaddr.IFA_F_NODAD, false, true),
        new FlagData("optimistic", InIfaddr.IFA_F_OPTIMISTIC, false, true),
        new FlagData("dadfailed", InIfaddr.IFA_F_DADFAILED, true, true),
        new FlagData("home", InIfaddr.IFA_F_HOMEADDRESS, false, true),
        new FlagData("deprecated", InIfaddr.IFA_F_DEPRECATED, true, true),
        new FlagData("tentative", InIfaddr.IFA_F_TENTATIVE, true, true),
        new FlagData("permanent", InIfaddr.IFA_F_PERMANENT, true, true),
        new FlagData("mngtmpaddr", InIfaddr.IFA_F_MANAGETEMPADDR, false, true),
        new FlagData("noprefixroute", InIfaddr.IFA_F_NOPREFIXROUTE, false, false),
        new FlagData("autojoin", InIfaddr.IFA_F_MCAUTOJOIN, false, false),
        new FlagData("stable-privacy", InIfaddr.IFA_F_STABLE_PRIVACY, true, true),
    };

    static FlagData flagByName(String n) {
        for (FlagData f : FLAG_DATA) if (f.name().equals(n)) return f;
        return null;
    }

    /** get_u32 of a lifetime; "forever" is INFINITY_LIFE_TIME. */
    private static Long lifetime(String s) {
        if (s.equals("forever")) return InIfaddr.INFINITY_LIFE_TIME;
        try {
            long v = Fmt.parseUnsigned(s);
            return v <= 0xffff_ffffL ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String familyVerbose(int f) { return f == 2 ? "inet" : f == 10 ? "inet6" : "any valid"; }

    /**
     * ipaddr_modify: parses like iproute2 (each error at the word that causes it), then asks the
     * kernel. IPv6 requests go to the IPv6 door.
     */
    private int modify(Args a, int cmd, int nlFlags) {
        int family = o.family == 17 ? 0 : o.family;
        String d = null, l = null, lclArg = null, v6local = null;
        int[] lcl = null, peer = null;
        Integer brd = null, metric = null;
        int brdLen = 0;
        boolean anySet = false, scoped = false;
        int scope = 0, ifaFlags = 0, prefixLen = 0;
        String validArg = null, prefArg = null;
        long valid = InIfaddr.INFINITY_LIFE_TIME, preferred = InIfaddr.INFINITY_LIFE_TIME;
        boolean lclLenGiven = false;
        while (a.has()) {
            String k = a.next();
            if (k.equals("peer") || k.equals("remote")) {
                String v = a.value(ctx);
                if (peer != null) throw duparg("peer", v);
                peer = inetPrefix(v, family);
                if (family == 0) family = 2;
                prefixLen = peer[1] < 0 ? 32 : peer[1];
            } else if (Args.matches(k, "broadcast") || k.equals("brd")) {
                String v = a.value(ctx);
                if (brdLen != 0) throw duparg("broadcast", v);
                if (v.equals("+")) brdLen = -1;
                else if (v.equals("-")) brdLen = -2;
                else {
                    brd = inetAddr(v, family);
                    if (family == 0) family = 2;
                    brdLen = 4;
                }
            } else if (k.equals("anycast")) {
                String v = a.value(ctx);
                if (anySet) throw duparg("anycast", v);
                inetAddr(v, family);
                if (family == 0) family = 2;
                anySet = true; // IFA_ANYCAST: the kernel takes and forgets it for IPv4
            } else if (k.equals("scope")) {
                String v = a.value(ctx);
                Integer sc = o.names.scopeId(v);
                if (sc == null) throw Errors.invarg(ctx, "invalid scope value.", v);
                scope = sc;
                scoped = true;
            } else if (k.equals("dev")) {
                d = a.value(ctx);
            } else if (k.equals("label")) {
                l = a.value(ctx);
            } else if (Args.matches(k, "metric") || Args.matches(k, "priority") || Args.matches(k, "preference")) {
                String v = a.value(ctx);
                Long m = lifetime(v);
                if (m == null || v.equals("forever")) throw Errors.invarg(ctx, "\"metric\" value is invalid\n", v);
                metric = (int) (long) m;
            } else if (Args.matches(k, "valid_lft")) {
                if (validArg != null) throw duparg("valid_lft", k);
                validArg = a.value(ctx);
                Long v = lifetime(validArg);
                if (v == null) throw Errors.invarg(ctx, "valid_lft value", validArg);
                valid = v;
            } else if (Args.matches(k, "preferred_lft")) {
                if (prefArg != null) throw duparg("preferred_lft", k);
                prefArg = a.value(ctx);
                Long v = lifetime(prefArg);
                if (v == null) throw Errors.invarg(ctx, "preferred_lft value", prefArg);
                preferred = v;
            } else if (flagByName(k) != null) {
                FlagData f = flagByName(k);
                if (f.readonly()) ctx.err.println("Warning: " + f.name() + " option is not mutable from userspace");
                else if (f.v6only() && family != 10)
                    ctx.err.println("Warning: " + f.name() + " option can be set only for IPv6 addresses");
                else ifaFlags |= f.mask();
            } else {
                if (k.equals("local")) k = a.value(ctx);
                if (Args.matches(k, "help")) return usage();
                if (lclArg != null) throw Errors.duparg2(ctx, "local", k);
                lclArg = k;
                if (family == 10 || (family == 0 && k.indexOf(':') >= 0)) {
                    v6local = k;
                    prefix6(ctx, k, new int[1], family);
                    family = 10;
                } else {
                    lcl = inetPrefix(k, family);
                    lclLenGiven = lcl[1] >= 0;
                    family = 2;
                }
            }
        }
        if (d == null) {
            ctx.err.println("Not enough information: \"dev\" argument is required.");
            return 1;
        }
        if (family == 10) {
            if (ctx.net.byName(d) == null) throw Errors.cannotFindDevice(ctx, d);
            if (v6local == null) return 0;
            if (cmd == CMD_DEL) return delete6(d, v6local);
            // ipaddr_modify's lifetime checks come before the request, whatever the family.
            if (validArg != null || prefArg != null) {
                if (valid == 0) {
                    ctx.err.println("valid_lft is zero");
                    return 1;
                }
                if (valid < preferred) {
                    ctx.err.println("preferred_lft is greater than valid_lft");
                    return 1;
                }
            }
            return modify6(d, v6local, ifaFlags, valid, preferred);
        }
        Integer address = null;
        if (peer != null) address = peer[0];
        if (peer == null && lcl != null) {
            if (cmd == CMD_DEL && !lclLenGiven) {
                ctx.err.println("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                        + "         Explicitly specify the prefix length (" + lclArg + "/32) to avoid this warning.\n"
                        + "         This special behaviour is likely to disappear in further releases,\n"
                        + "         fix your scripts!");
            } else {
                peer = lcl;
                address = lcl[0];
            }
        }
        if (prefixLen == 0 && lcl != null) prefixLen = lcl[1] < 0 ? 32 : lcl[1];
        if (brdLen < 0 && cmd != CMD_DEL) {
            if (family != 2) {
                ctx.err.println("Broadcast can be set only for IPv4 addresses");
                return 1;
            }
            int[] b = peer != null ? peer : new int[] {0, 0};
            int bitlen = b[1] < 0 ? 32 : b[1];
            if (bitlen <= 30) {
                int hostMask = bitlen == 0 ? -1 : (int) (0xffffffffL >>> bitlen);
                brd = brdLen == -1 ? b[0] | hostMask : b[0] & ~hostMask;
            }
        }
        if (!scoped && cmd != CMD_DEL) scope = lcl != null && (lcl[0] >>> 24) == 127 ? InIfaddr.SCOPE_HOST : 0;
        if (ctx.net.byName(d) == null) throw Errors.cannotFindDevice(ctx, d);
        Long reqValid = null, reqPref = null;
        if (validArg != null || prefArg != null) {
            if (valid == 0) {
                ctx.err.println("valid_lft is zero");
                return 1;
            }
            if (valid < preferred) {
                ctx.err.println("preferred_lft is greater than valid_lft");
                return 1;
            }
            reqValid = valid;
            reqPref = preferred;
        }
        if ((ifaFlags & InIfaddr.IFA_F_MCAUTOJOIN) != 0 && (lcl == null || !Inet4.isMulticast(lcl[0]))) {
            ctx.err.println("autojoin needs multicast address");
            return 1;
        }
        AddrRequest r = new AddrRequest(family, lcl == null ? null : lcl[0], address, prefixLen, brd, l, scope, ifaFlags,
                metric, reqValid, reqPref, nlFlags);
        try {
            if (cmd == CMD_DEL) ctx.host.rtnl().delAddr(ctx.net, d, r);
            else ctx.host.rtnl().newAddr(ctx.net, d, r);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** usage(): the ip address help text, then the link types, exit(-1). */
    private int usage() {
        ctx.err.print("""
                Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                                      [ CONFFLAG-LIST ]
                       ip address del IFADDR dev IFNAME [mngtmpaddr]
                       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
                       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                                         [ nomaster ]
                                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                                         [ label LABEL ] [up] [ vrf NAME ] ]
                       ip address {showdump|restore}
                IFADDR := PREFIX | ADDR peer PREFIX
                          [ broadcast ADDR ] [ anycast ADDR ]
                          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
                SCOPE-ID := [ host | link | global | NUMBER ]
                FLAG-LIST := [ FLAG-LIST ] FLAG
                FLAG  := [ permanent | dynamic | secondary | primary |
                           [-]tentative | [-]deprecated | [-]dadfailed | temporary |
                           CONFFLAG-LIST ]
                CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
                CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
                LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
                LFT := forever | SECONDS
                TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
                          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
                          ip6erspan | ip6gre | ip6gretap | ip6tnl |
                          ipip | ipoib | ipvlan | ipvtap |
                          macsec | macvlan | macvtap |
                          netdevsim | nlmon | rmnet | sit | team | team_slave |
                          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
                          xfrm | virt_wifi }
                """);
        return 255;
    }

    private ToolExit duparg(String key, String arg) {
        ctx.err.println("Error: duplicate \"" + key + "\": \"" + arg + "\" is the second value.");
        return new ToolExit(255);
    }

    /** get_prefix of an IPv4 prefix for a request of {@code family}. */
    private int[] inetPrefix(String s, int family) {
        if (family == 10 || s.indexOf(':') >= 0) {
            ctx.err.println("Error: " + familyVerbose(family) + " prefix is expected rather than \"" + s + "\".");
            throw new ToolExit(1);
        }
        try {
            return prefixRaw(s);
        } catch (IllegalArgumentException e) {
            ctx.err.println("Error: " + familyVerbose(family) + " prefix is expected rather than \"" + s + "\".");
            throw new ToolExit(1);
        }
    }

    /** get_addr of an IPv4 address. */
    private int inetAddr(String s, int family) {
        try {
            if (family == 10) throw new IllegalArgumentException();
            return parseInet(s);
        } catch (IllegalArgumentException e) {
            ctx.err.println("Error: " + familyVerbose(family) + " address is expected rather than \"" + s + "\".");
            throw new ToolExit(1);
        }
    }

    /** A prefix "addr[/len]" of IPv6; returns the address, {@code len[0]} gets the length (-1 if absent). */
    static byte[] prefix6(Ctx ctx, String s, int[] len) { return prefix6(ctx, s, len, 0); }

    /** {@link #prefix6(Ctx, String, int[])} for a request of {@code family} (its name is in the error). */
    static byte[] prefix6(Ctx ctx, String s, int[] len, int family) {
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
            throw Errors.badPrefix(ctx, family, s);
        }
    }

    private int modify6(String dev, String local, int flags, long valid, long preferred) {
        int[] len = new int[1];
        byte[] addr = prefix6(ctx, local, len, o.family);
        if (ctx.net.byName(dev) == null) throw Errors.cannotFindDevice(ctx, dev);
        try {
            Rtnl6.addAddr(ctx.net, dev, addr, len[0] < 0 ? 128 : len[0], flags, valid, preferred);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int delete6(String dev, String local) {
        int[] l6 = new int[1];
        byte[] a6 = prefix6(ctx, local, l6, o.family);
        try {
            Rtnl6.delAddr(ctx.net, dev, a6, l6[0]);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** The filter of ipaddr_list_flush_or_save (struct filter in ipaddress.c). */
    static final class Filter {
        int family;
        int[] pfx;
        int scope, scopemask;
        boolean up;
        int flags, flagmask;
        String label;
        int group = -1;
        /** IFLA_MASTER filter: an ifindex, -1 for nomaster, 0 for none. */
        int master;
        String kind, slaveKind;
        int ifindex;

        /** get_filter: a flag name, "-" for its absence; dynamic and primary are the inverses. */
        boolean flag(String arg) {
            boolean inv = false;
            if (arg.startsWith("-")) {
                inv = true;
                arg = arg.substring(1);
            }
            if (arg.equals("dynamic")) {
                inv = !inv;
                arg = "permanent";
            } else if (arg.equals("primary")) {
                inv = !inv;
                arg = "secondary";
            }
            FlagData f = flagByName(arg);
            if (f == null) return false;
            if (inv) flags &= ~f.mask();
            else flags |= f.mask();
            flagmask |= f.mask();
            return true;
        }

        /** The address part of print_addrinfo's filtering (and of ipaddr_filter). */
        boolean addrMatches(AddrInfo ai, String devName) {
            if (((scope ^ ai.scope()) & scopemask) != 0) return false;
            if (((flags ^ ai.flags()) & flagmask) != 0) return false;
            if (family != 0 && family != 17 && family != ai.family()) return false;
            if (label != null && !Glob.fnmatch(label, ai.family() == AddrInfo.AF_INET && ai.label() != null && !ai.label().isEmpty() ? ai.label() : devName)) return false;
            if (pfx != null) {
                if (ai.family() != AddrInfo.AF_INET) return false;
                int len = pfx[1] < 0 ? 32 : pfx[1];
                int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
                if (((ai.local() ^ pfx[0]) & mask) != 0) return false;
            }
            return true;
        }
    }

    /** `ip addr show|flush` (ipaddr_list_flush_or_save). */
    int show(Args a, boolean flush) { return show(a, flush, false); }

    /**
     * ip addr save [dev DEV]: the magic, then every message of the kernel's address dump (the
     * device the only selector the kernel applies; the other selectors do not reach a save).
     */
    private int save(Filter f) {
        if (!DumpFile.prepare(ctx, DumpFile.ADDR_MAGIC)) return 1;
        int family = f.family == 2 || f.family == 10 ? f.family : 0;
        for (byte[] m : AddrMsg.dump(ctx.net, family, f.ifindex, DumpFile.dumpSeq(ctx), DumpFile.portId(ctx),
                ctx.host.kernel().loop.now())) DumpFile.write(ctx, m);
        ctx.out.flush();
        return 0;
    }

    /** ip addr showdump: "ifN:" and print_addrinfo for each saved address. */
    private int showdump() {
        if (!DumpFile.checkMagic(ctx, DumpFile.ADDR_MAGIC, "address")) return 255;
        LinkPrinter lp = new LinkPrinter(ctx, o, ctx.host.rtnl().links(ctx.net));
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        pr.openObject(null);
        pr.openArray("addr_info");
        int rc = DumpFile.each(ctx, msg -> {
            AddrInfo ai = AddrMsg.info(msg);
            pr.openObject(null);
            pr.number("index", "if%s:", ai.ifindex());
            pr.text("\n");
            lp.addrinfo(pr, ai, ai.label() != null ? ai.label() : "", false);
            pr.closeObject();
            return 0;
        });
        pr.closeArray();
        pr.closeObject();
        ctx.out.print(pr.finish());
        return rc == 0 ? 0 : 255;
    }

    /** ip addr restore: each saved address sent back; one that exists is reported and passed over. */
    private int restore() {
        if (!DumpFile.checkMagic(ctx, DumpFile.ADDR_MAGIC, "address")) return 255;
        int rc = DumpFile.each(ctx, msg -> {
            DumpFile.asRequest(msg);
            try {
                AddrMsg.newAddr(ctx.host.rtnl(), ctx.net, msg);
            } catch (KernelException e) {
                Errors.rtnl(ctx, e);
                return e.errno == linnet.kernel.core.Errno.EEXIST ? 0 : -1;
            }
            return 0;
        });
        return rc == 0 ? 0 : 255;
    }

    private int show(Args a, boolean flush, boolean save) {
        Filter f = new Filter();
        f.family = o.family;
        String filterDev = null;
        if (flush) {
            if (!a.has()) {
                ctx.err.println("Flush requires arguments.");
                return 1;
            }
            if (f.family == 17) {
                ctx.err.println("Cannot flush link addresses.");
                return 1;
            }
        }
        while (a.has()) {
            String k = a.next();
            if (k.equals("to")) {
                String v = a.value(ctx);
                f.pfx = inetPrefix(v, f.family == 17 ? 0 : f.family);
                if (f.family == 0) f.family = 2;
            } else if (k.equals("scope")) {
                String v = a.value(ctx);
                f.scopemask = -1;
                Integer sc = o.names.scopeId(v);
                if (sc == null) {
                    if (!v.equals("all")) throw Errors.invarg(ctx, "invalid \"scope\"\n", v);
                    sc = InIfaddr.SCOPE_NOWHERE;
                    f.scopemask = 0;
                }
                f.scope = sc;
            } else if (k.equals("up")) {
                f.up = true;
            } else if (f.flag(k)) {
                // a flag filter
            } else if (k.equals("label")) {
                f.label = a.value(ctx);
            } else if (k.equals("group")) {
                String v = a.value(ctx);
                Integer g = IpLink.groupA2n(v);
                if (g == null) throw Errors.invarg(ctx, "Invalid \"group\" value\n", v);
                f.group = g;
            } else if (k.equals("master")) {
                String v = a.value(ctx);
                linnet.kernel.core.NetDevice m = ctx.net.byName(v);
                if (m == null) throw Errors.invarg(ctx, "Device does not exist\n", v);
                f.master = m.ifindex();
            } else if (k.equals("nomaster")) {
                f.master = -1;
            } else if (k.equals("type")) {
                String v = a.value(ctx);
                if (v.endsWith("_slave")) f.slaveKind = v.substring(0, v.length() - "_slave".length());
                else f.kind = v;
            } else {
                if (k.equals("dev")) k = a.value(ctx);
                else if (Args.matches(k, "help")) return usage();
                if (filterDev != null) throw Errors.duparg2(ctx, "dev", k);
                filterDev = k;
            }
        }
        if (filterDev != null) {
            linnet.kernel.core.NetDevice d = ctx.net.byName(filterDev);
            if (d == null) throw Errors.deviceDoesNotExist(ctx, filterDev);
            f.ifindex = d.ifindex();
        }
        if (flush) return flush(f);
        if (save) return save(f);
        List<LinkInfo> all = ctx.host.rtnl().links(ctx.net);
        List<LinkInfo> links = new ArrayList<>();
        for (LinkInfo l : all) {
            if (f.ifindex != 0 && l.ifindex() != f.ifindex) continue;
            // the dump request's IFLA_MASTER filter (link_master_filtered)
            if (f.ifindex == 0 && f.master == -1 && l.master() != 0) continue;
            if (f.ifindex == 0 && f.master > 0 && l.master() != f.master) continue;
            links.add(l);
        }
        boolean noLink = false;
        java.util.Map<Integer, List<AddrInfo>> addrs = new java.util.HashMap<>();
        if (f.family != 17) {
            noLink = o.oneline;
            for (LinkInfo l : links) addrs.put(l.ifindex(), ctx.host.rtnl().addrsOf(ctx.net.byIndex(l.ifindex())));
            // ipaddr_filter: a link with addresses none of which passes is dropped; one without
            // any address stays unless a protocol family was asked for.
            links.removeIf(l -> {
                List<AddrInfo> as = addrs.get(l.ifindex());
                if (as.isEmpty()) return !(f.family == 0 || f.family == 17);
                for (AddrInfo ai : as) if (f.addrMatches(ai, l.name())) return false;
                return true;
            });
        }
        LinkPrinter p = new LinkPrinter(ctx, o, all);
        p.inet6Dump = f.family == 10 && filterDev == null;
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        for (LinkInfo l : links) {
            pr.openObject(null);
            int res = 0;
            if (o.brief || !noLink) res = linkinfo(pr, p, f, l);
            if (res >= 0 && f.family != 17) selectedAddrinfo(pr, p, f, l, addrs.get(l.ifindex()));
            if (res > 0 && o.stats > 0) IpStats.print(pr, l, o.stats);
            pr.closeObject();
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /** print_linkinfo as ip addr calls it: -1 filtered out, 0 printed nothing (label filter), 1 printed. */
    private int linkinfo(Printer pr, LinkPrinter p, Filter f, LinkInfo l) {
        if (f.up && (l.flags() & 1) == 0) return -1;
        if (f.label != null) return 0;
        if (f.group != -1 && l.group() != f.group) return -1;
        if (f.master > 0 && l.master() != f.master) return -1;
        if (f.kind != null && !f.kind.equals(l.kind())) return -1;
        if (f.slaveKind != null && !(l.master() != 0 && f.slaveKind.equals(p.slaveKind(l)))) return -1;
        if (o.brief) {
            p.briefLine(pr, l);
            return 1;
        }
        if (p.inet6Dump && !Rtnl6.hasInet6(ctx.net, l.ifindex())) return -1;
        p.header(pr, l, false, f.family == 0 || f.family == 17 || o.details > 0); // print_linkinfo: -d shows the link line under any family filter
        return 1;
    }

    /** print_selected_addrinfo: every address of the link's family opens an object; filtered ones stay empty. */
    private void selectedAddrinfo(Printer pr, LinkPrinter p, Filter f, LinkInfo l, List<AddrInfo> as) {
        pr.openArray("addr_info");
        for (AddrInfo ai : as) {
            if (f.family != 0 && f.family != 17 && f.family != ai.family()) continue;
            if (f.up && (l.flags() & 1) == 0) continue;
            pr.openObject(null);
            if (f.addrMatches(ai, l.name())) p.addrinfo(pr, ai, l.name());
            pr.closeObject();
        }
        pr.closeArray();
        if (o.brief) pr.text("\n");
    }

    /**
     * ipaddr_flush: rounds of "dump, delete what the filter selects" until a round finds
     * nothing; a delete that finds its address already gone (a primary took its secondaries
     * along) is not an error.
     */
    private int flush(Filter f) {
        int round = 0;
        LinkPrinter lp = new LinkPrinter(ctx, o, ctx.host.rtnl().links(ctx.net));
        for (; round < 10; ) {
            int flushed = 0;
            StringBuilder shown = new StringBuilder();
            for (LinkInfo l : ctx.host.rtnl().links(ctx.net)) {
                if (f.ifindex != 0 && l.ifindex() != f.ifindex) continue;
                for (AddrInfo ai : ctx.host.rtnl().addrsOf(ctx.net.byIndex(l.ifindex()))) {
                    if (!f.addrMatches(ai, l.name())) continue;
                    flushed++;
                    if (o.stats >= 2) {
                        // print_addrinfo of a flushed address: "IDX: DEV" first, as with -o
                        Printer pr = new Printer(false, false);
                        pr.text(ai.ifindex() + ": " + l.name());
                        lp.addrinfo(pr, ai, l.name(), false);
                        shown.append(pr.finish());
                    }
                    try {
                        if (ai.family() == AddrInfo.AF_INET) {
                            ctx.host.rtnl().delAddr(ctx.net, l.name(), new AddrRequest(AddrInfo.AF_INET, ai.local(),
                                    ai.address(), ai.prefixLen(), null, ai.label(), ai.scope(), ai.flags(), null, null,
                                    null, 0));
                        } else {
                            Rtnl6.delAddr(ctx.net, l.name(), ai.addr6(), ai.prefixLen());
                        }
                    } catch (KernelException e) {
                        if (e.errno != linnet.kernel.core.Errno.EADDRNOTAVAIL) {
                            ctx.err.println("Failed to send flush request: " + e.errno.text);
                            return 1;
                        }
                    }
                }
            }
            ctx.out.print(shown);
            if (flushed == 0) break;
            round++;
            if (o.stats > 0) ctx.out.println("\n*** Round " + round + ", deleting " + flushed + " addresses ***");
            // a "primary" filter flushes one round only (promoted secondaries stay)
            if ((f.flags & InIfaddr.IFA_F_SECONDARY) == 0 && (f.flagmask & InIfaddr.IFA_F_SECONDARY) != 0) break;
        }
        if (o.stats > 0) {
            if (round == 0) ctx.out.println("Nothing to flush.");
            else ctx.out.println("*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***");
        }
        return 0;
    }

    static ToolExit exit(int s) { return new ToolExit(s); }
}
