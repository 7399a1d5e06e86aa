package linnet.tools.bridge;

import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.BrPortInfo;
import linnet.kernel.rtnl.FdbInfo;
import linnet.kernel.rtnl.LinkInfo;
import linnet.kernel.rtnl.RtnlBridge;
import linnet.tools.common.Printer;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;
import linnet.wire.Mac;

/** bridge(8) from iproute2: `bridge link` and `bridge fdb` (bridge/bridge.c, link.c, fdb.c). */
public final class BridgeTool implements Tool {
    /** The global options (bridge.c): -s, -d, -j, -p counted as iproute2 counts them. */
    record Opts(int stats, int details, boolean json, boolean pretty, boolean color) {}

    /** matches_color: -c[olor][=always|auto|never]; true for always (auto is off: no terminal), null if no color option. */
    static Boolean colorOption(String o) {
        int eq = o.indexOf('=');
        String base = eq < 0 ? o : o.substring(0, eq), val = eq < 0 ? "" : o.substring(eq + 1);
        if (!Args.matches(base, "-color")) return null;
        if (val.isEmpty() || val.equals("always")) return true;
        if (val.equals("auto") || val.equals("never")) return false;
        return null;
    }

    @Override
    public int run(Ctx ctx, List<String> argv) {
        Args a = new Args(argv);
        int stats = 0, details = 0;
        boolean json = false, pretty = false, color = false, force = false;
        String batchFile = null;
        while (a.has() && a.peek().startsWith("-")) {
            String opt = a.next();
            if (opt.equals("--")) break;
            String o = opt.startsWith("--") ? opt.substring(1) : opt;
            // bridge.c's matches() in its order: the first option the word is a prefix of.
            if (Args.matches(o, "-help")) return usage(ctx);
            else if (Args.matches(o, "-Version")) {
                ctx.out.println("bridge utility, 6.1.0");
                return 0;
            } else if (Args.matches(o, "-stats") || Args.matches(o, "-statistics")) stats++;
            else if (Args.matches(o, "-details")) details++;
            else if (Args.matches(o, "-oneline") || Args.matches(o, "-timestamp")) continue;
            else if (colorOption(o) != null) color = colorOption(o);
            else if (Args.matches(o, "-compressvlans")) continue;
            else if (Args.matches(o, "-force")) force = true;
            else if (Args.matches(o, "-netns")) {
                Ctx in = linnet.tools.common.NetnsSwitch.enter(ctx, a.value(ctx));
                if (in == null) return 255;
                ctx = in;
            } else if (Args.matches(o, "-json")) json = true;
            else if (Args.matches(o, "-pretty")) pretty = true;
            else if (Args.matches(o, "-batch")) {
                if (!a.has()) return usage(ctx);
                batchFile = a.next();
            } else {
                ctx.err.println("Option \"" + opt + "\" is unknown, try \"bridge help\".");
                return 255;
            }
        }
        Opts op = new Opts(stats, details, json, pretty, color);
        if (batchFile != null) {
            Ctx in = ctx;
            return linnet.tools.common.Batch.run(ctx, batchFile, force, line -> object(in, new Args(line), op));
        }
        if (!a.has()) return usage(ctx);
        return object(ctx, a, op);
    }

    /** do_cmd: the object the first word is a prefix of. */
    private static int object(Ctx ctx, Args a, Opts op) {
        String obj = a.next();
        if (Args.matches(obj, "link")) return link(ctx, a, op);
        if (Args.matches(obj, "fdb")) return fdb(ctx, a, op);
        if (Args.matches(obj, "mdb")) return mdb(ctx, a, op);
        if (Args.matches(obj, "vlan")) return BridgeVlan.run(ctx, a, op);
        if (Args.matches(obj, "help")) return usage(ctx);
        ctx.err.println("Object \"" + obj + "\" is unknown, try \"bridge help\".");
        return 255;
    }

    private static int usage(Ctx ctx) {
        ctx.err.print("""
                Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
                       bridge [ -force ] -batch filename
                where  OBJECT := { link | fdb | mdb | vlan | monitor }
                       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                                    -o[neline] | -t[imestamp] | -n[etns] name |
                                    -c[ompressvlans] -color -p[retty] -j[son] }
                """);
        // usage() is exit(-1), also from inside a batch
        throw new linnet.tools.common.ToolExit(255);
    }

    // ------------------------------------------------------------------ link

    private static int link(Ctx ctx, Args a, Opts op) {
        String dev = null;
        if (a.has()) {
            String c = a.next();
            if (Args.matches(c, "set") || Args.matches(c, "change")) return linkSet(ctx, a);
            if (Args.matches(c, "help")) return linkSetUsage(ctx);
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
            return 255;
        }
        Printer pr = new Printer(op.json(), op.pretty()).color(op.color());
        for (BrPortInfo p : ctx.host.rtnl().bridge.ports(ctx.net)) {
            if (dev != null && !dev.equals(p.name())) continue;
            LinkInfo l;
            try {
                l = ctx.host.rtnl().linkByIndex(ctx.net, p.ifindex());
            } catch (KernelException e) {
                continue;
            }
            printPort(ctx, pr, l, p, op.details() > 0);
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /** print_linkinfo for one port: name and link (print_name_and_link), flags, mtu, master, protinfo. */
    private static void printPort(Ctx ctx, Printer pr, LinkInfo l, BrPortInfo p, boolean details) {
        pr.openObject(null);
        pr.number("ifindex", "%s: ", l.ifindex());
        String name = l.name();
        boolean mdown = false;
        // br_fill_ifinfo puts IFLA_LINK only when it differs from the device's own index (a peer in
        // another namespace may well have the same number: then there is no "@" and no M-DOWN)
        if (l.link() != 0 && l.link() != l.ifindex()) {
            // IFLA_LINK comes without IFLA_LINK_NETNSID, so the index is looked up
            // here even when the peer lives in another namespace ("ifN" when nothing has it).
            var peer = ctx.net.byIndex(l.link());
            String pn = peer != null ? peer.name() : "if" + l.link();
            if (pr.json()) pr.string("link", null, pn);
            else name = name + "@" + pn;
            // M-DOWN: the device with that index here is down (an unknown index has all flags).
            mdown = peer != null && !peer.isUp();
        }
        pr.colored("ifname", "%s: ", name, Printer.COLOR_IFNAME);
        linkFlags(pr, l.flags(), mdown);
        pr.number("mtu", "mtu %s ", l.mtu());
        pr.string("master", "master %s ", p.masterName());
        pr.string("state", "state %s ", linnet.kernel.bridge.BridgePort.stateName(p.state()));
        pr.number("priority", "priority %s ", p.priority());
        pr.number("cost", "cost %s ", p.cost());
        // print_protinfo with -d: the IFLA_BRPORT_* flags 6.1 knows, on a second line.
        if (details) {
            pr.text("\n    ");
            onOff(pr, "hairpin", p.hairpin());
            onOff(pr, "guard", p.guard());
            onOff(pr, "root_block", p.rootBlock());
            onOff(pr, "fastleave", p.fastLeave());
            onOff(pr, "learning", p.learning());
            onOff(pr, "flood", p.flood());
            onOff(pr, "mcast_flood", p.mcastFlood());
            onOff(pr, "bcast_flood", p.bcastFlood());
            pr.number("mcast_router", "mcast_router %s ", 1);
            onOff(pr, "mcast_to_unicast", false);
            onOff(pr, "neigh_suppress", false);
            onOff(pr, "vlan_tunnel", false);
            onOff(pr, "isolated", false);
            onOff(pr, "locked", false);
        }
        pr.text("\n");
        pr.closeObject();
    }

    /** print_on_off: "on"/"off" in text, a boolean in JSON. */
    private static void onOff(Printer pr, String key, boolean v) {
        if (pr.json()) {
            if (v) pr.jsonTrue(key);
            else pr.jsonFalse(key);
        } else {
            pr.text(key + " " + (v ? "on" : "off") + " ");
        }
    }

    /** bridge's print_link_flags: like ip's, M-DOWN last; a JSON array of the names. */
    private static void linkFlags(Printer pr, int f, boolean mdown) {
        if (!pr.json()) {
            pr.text(flags(f, mdown) + " ");
            return;
        }
        pr.openArray("flags");
        if ((f & Iff.UP) != 0 && (f & Iff.RUNNING) == 0) pr.jsonItem("NO-CARRIER");
        for (int i = 0; i < FLAG_BITS.length; i++) if ((f & FLAG_BITS[i]) != 0) pr.jsonItem(FLAG_NAMES[i]);
        if (mdown) pr.jsonItem("M-DOWN");
        pr.closeArray();
    }

    private static final String[] FLAG_NAMES = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP",
        "ALLMULTI", "PROMISC", "MASTER", "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP",
        "LOWER_UP", "DORMANT", "ECHO"};
    private static final int[] FLAG_BITS = {Iff.LOOPBACK, Iff.BROADCAST, Iff.POINTOPOINT, Iff.MULTICAST, Iff.NOARP,
        Iff.ALLMULTI, Iff.PROMISC, Iff.MASTER, Iff.SLAVE, Iff.DEBUG, Iff.DYNAMIC, Iff.AUTOMEDIA, Iff.PORTSEL,
        Iff.NOTRAILERS, Iff.UP, Iff.LOWER_UP, Iff.DORMANT, Iff.ECHO};

    private static int linkSetUsage(Ctx ctx) {
        ctx.err.print("""
                Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                                               [ guard {on | off} ]
                                               [ hairpin {on | off} ]
                                               [ fastleave {on | off} ]
                                               [ root_block {on | off} ]
                                               [ learning {on | off} ]
                                               [ learning_sync {on | off} ]
                                               [ flood {on | off} ]
                                               [ mcast_router MULTICAST_ROUTER ]
                                               [ mcast_flood {on | off} ]
                                               [ bcast_flood {on | off} ]
                                               [ mcast_to_unicast {on | off} ]
                                               [ neigh_suppress {on | off} ]
                                               [ vlan_tunnel {on | off} ]
                                               [ isolated {on | off} ]
                                               [ locked {on | off} ]
                                               [ hwmode {vepa | veb} ]
                                               [ backup_port DEVICE ] [ nobackup_port ]
                                               [ self ] [ master ]
                       bridge link show [dev DEV]
                """);
        return 255;
    }

    /**
     * brlink_modify: `bridge link set dev DEV [ flag on|off ]... [ cost N ] [ priority N ] [ state S ]`.
     * cost is atoi'd into a u32 and sent unless 0, priority into an s16 and state into an s8 and sent
     * unless negative; the kernel (br_setport) applies the flags first, then cost, priority, state.
     */
    private static int linkSet(Ctx ctx, Args a) {
        String dev = null;
        java.util.List<String[]> flags = new java.util.ArrayList<>();
        long cost = 0;
        int prio = -1, state = -1;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "hairpin", "guard", "root_block", "fastleave", "learning", "flood", "mcast_flood", "bcast_flood" -> {
                    String v = a.value(ctx);
                    if (!v.equals("on") && !v.equals("off")) {
                        // parse_on_off: -EINVAL comes back as the exit status.
                        ctx.err.println("Error: argument of \"" + k + "\" must be one of \"off\", \"on\", not \"" + v + "\"");
                        return 256 - 22;
                    }
                    flags.add(new String[] {k, v.equals("on") ? "1" : "0"});
                }
                case "state" -> {
                    // A number, or a port state's name (as written: "Blocking" is no name).
                    String v = a.value(ctx);
                    if (v.matches("[+-]?\\d+")) state = (byte) Long.parseLong(v);
                    else {
                        String[] names = {"disabled", "listening", "learning", "forwarding", "blocking"};
                        state = -1;
                        for (int i = 0; i < names.length; i++) if (names[i].equals(v)) state = i;
                        if (state < 0) {
                            ctx.err.println("Error: invalid STP port state");
                            return 255;
                        }
                    }
                }
                case "cost" -> cost = atoi(a.value(ctx)) & 0xffffffffL;
                case "priority" -> prio = (short) atoi(a.value(ctx));
                default -> {
                    return linkSetUsage(ctx);
                }
            }
        }
        if (dev == null) {
            ctx.err.println("Device is a required argument.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find bridge device \"" + dev + "\"");
            return 255;
        }
        try {
            for (String[] kv : flags) ctx.host.rtnl().bridge.setPort(ctx.net, dev, kv[0], Integer.parseInt(kv[1]));
            if (cost != 0) ctx.host.rtnl().bridge.setPort(ctx.net, dev, "cost", (int) cost);
            if (prio >= 0) ctx.host.rtnl().bridge.setPort(ctx.net, dev, "priority", prio);
            if (state >= 0) ctx.host.rtnl().bridge.setPort(ctx.net, dev, "state", state);
        } catch (KernelException e) {
            return rtnlError(ctx, e);
        }
        return 0;
    }

    /** atoi: leading blanks, a sign, digits; 0 when there are none (wrapping like a C int). */
    static int atoi(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([+-]?\\d+)").matcher(s);
        if (!m.find()) return 0;
        return new java.math.BigInteger(m.group(1)).intValue();
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

    private static int fdb(Ctx ctx, Args a, Opts op) {
        if (!a.has()) return fdbShow(ctx, a, op);
        String c = a.next();
        // bridge/fdb.c's do_fdb, in its order of matches().
        if (Args.matches(c, "add")) return fdbModify(ctx, a, false, RtnlBridge.NLM_F_CREATE | RtnlBridge.NLM_F_EXCL);
        if (Args.matches(c, "append")) return fdbModify(ctx, a, false, RtnlBridge.NLM_F_CREATE | RtnlBridge.NLM_F_APPEND);
        if (Args.matches(c, "replace")) return fdbModify(ctx, a, false, RtnlBridge.NLM_F_CREATE | RtnlBridge.NLM_F_REPLACE);
        if (Args.matches(c, "delete")) return fdbModify(ctx, a, true, 0);
        if (Args.matches(c, "show") || Args.matches(c, "lst") || Args.matches(c, "list")) return fdbShow(ctx, a, op);
        if (Args.matches(c, "get")) return fdbGet(ctx, a, op);
        if (c.equals("flush")) return fdbFlush(ctx, a);
        if (Args.matches(c, "help")) return fdbUsage(ctx);
        ctx.err.println("Command \"" + c + "\" is unknown, try \"bridge fdb help\".");
        return 255;
    }

    private static int fdbUsage(Ctx ctx) {
        ctx.err.print("""
                Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
                              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
                              [ sticky ] [ local | static | dynamic ] [ vlan VID ]
                              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
                	       [ via DEV ] [ src_vni VNI ]
                       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
                              [ state STATE ] [ dynamic ] ]
                       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
                              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
                       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
                              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
                              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
                              [ [no]offloaded ]
                """);
        return 255;
    }

    /** state_a2n: a state name or number for `state STATE`. */
    private static Integer stateA2n(String arg) {
        if (Args.matches(arg, "permanent")) return FdbInfo.NUD_PERMANENT;
        if (Args.matches(arg, "static") || Args.matches(arg, "temp")) return FdbInfo.NUD_NOARP;
        if (Args.matches(arg, "stale")) return FdbInfo.NUD_STALE;
        if (Args.matches(arg, "reachable") || Args.matches(arg, "dynamic")) return FdbInfo.NUD_REACHABLE;
        if (arg.equals("all")) return ~0;
        try {
            return (int) Long.decode(arg).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** state_n2a: "" for a reachable (learned) entry. */
    private static String stateN2a(int s, boolean json) {
        if ((s & FdbInfo.NUD_PERMANENT) != 0) return "permanent";
        if ((s & FdbInfo.NUD_NOARP) != 0) return "static";
        if ((s & FdbInfo.NUD_STALE) != 0) return "stale";
        if ((s & FdbInfo.NUD_REACHABLE) != 0) return "";
        return (json ? "" : "state=") + "0x" + Integer.toHexString(s);
    }

    private static int fdbShow(Ctx ctx, Args a, Opts op) {
        String br = null, brport = null;
        boolean dynamic = false;
        int filterState = 0;
        while (a.has()) {
            String k = a.next();
            if (k.equals("brport") || k.equals("dev")) brport = a.value(ctx);
            else if (k.equals("br")) br = a.value(ctx);
            else if (k.equals("vlan")) a.value(ctx);
            else if (k.equals("state")) {
                String v = a.value(ctx);
                Integer st = stateA2n(v);
                if (st == null) throw invarg(ctx, "invalid state", v);
                filterState |= st;
            } else if (k.equals("dynamic")) dynamic = true;
            else if (Args.matches(k, "help")) return fdbUsage(ctx);
        }
        if (br != null && ctx.net.byName(br) == null) {
            ctx.err.println("Cannot find bridge device \"" + br + "\"");
            return 255;
        }
        if (brport != null && ctx.net.byName(brport) == null) {
            ctx.err.println("Cannot find device \"" + brport + "\"");
            return 255;
        }
        List<FdbInfo> l;
        try {
            l = ctx.host.rtnl().bridge.fdbDump(ctx.net, br, brport);
        } catch (KernelException e) {
            return rtnlError(ctx, e);
        }
        Printer pr = new Printer(op.json(), op.pretty());
        for (FdbInfo f : l) {
            if (filterState != 0 && (f.state() & filterState) == 0) continue;
            // "dynamic" leaves out the permanent (local and self) entries only.
            if (dynamic && (f.state() & FdbInfo.NUD_PERMANENT) != 0) continue;
            pr.openObject(null);
            pr.string("mac", "%s ", Fmt.mac(f.mac()));
            // print_fdb: with a device filter the device is implied and not printed.
            if (brport == null) {
                pr.text("dev ");
                pr.string("ifname", "%s ", f.dev());
            }
            tunnelAttrs(ctx, pr, f);
            // NDA_CACHEINFO (bridge and vxlan entries): seconds since last use / last update.
            if (op.stats() > 0 && (f.master() || f.dst() != null)) {
                long used = f.usedNs() / 1_000_000_000L, updated = f.ageNs() / 1_000_000_000L;
                if (pr.json()) {
                    pr.number("used", null, used);
                    pr.number("updated", null, updated);
                } else {
                    pr.text("used " + used + "/" + updated + " ");
                }
            }
            pr.openArray("flags");
            if (!f.master()) {
                pr.text("self ");
                pr.jsonItem("self");
            }
            if (f.sticky()) {
                pr.text("sticky ");
                pr.jsonItem("sticky");
            }
            pr.closeArray();
            if (f.master()) pr.string("master", "master %s ", f.masterName());
            pr.string("state", "%s\n", stateN2a(f.state(), pr.json()));
            pr.closeObject();
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /** print_fdb's NDA_DST, NDA_PORT, NDA_VNI, NDA_IFINDEX and NDA_LINK_NETNSID (a vxlan's remotes). */
    private static void tunnelAttrs(Ctx ctx, Printer pr, FdbInfo f) {
        if (f.dst() != null) pr.text("dst ").string("dst", "%s ", Fmt.ip(f.dst()));
        if (f.port() != null) pr.number("port", "port %s ", f.port());
        if (f.vni() != null) pr.number("vni", "vni %s ", f.vni());
        if (f.via() != 0) {
            if (f.linkNetnsid() >= 0) pr.number("viaIfIndex", "via ifindex %s ", f.via());
            else {
                linnet.kernel.core.NetDevice vd = ctx == null ? null : ctx.net.byIndex(f.via());
                pr.string("viaIf", "via %s ", vd == null ? "if" + f.via() : vd.name());
            }
        }
        if (f.linkNetnsid() >= 0) pr.number("linkNetNsId", "link-netnsid %s ", f.linkNetnsid());
    }

    /** get_addr(preferred_family) of a dst: an IPv4 address here. */
    private static int fdbDst(Ctx ctx, String v) {
        try {
            String[] p = v.split("\\.", -1);
            if (p.length != 4) throw new NumberFormatException();
            int a = 0;
            for (String x : p) {
                int n = Integer.parseInt(x);
                if (n < 0 || n > 255 || x.isEmpty()) throw new NumberFormatException();
                a = (a << 8) | n;
            }
            return a;
        } catch (NumberFormatException e) {
            ctx.err.println("Error: any valid address is expected rather than \"" + v + "\".");
            throw new linnet.tools.common.ToolExit(1);
        }
    }

    /** strtoul(s, &end, 0) with nothing left over; null otherwise. */
    private static Long strtoul(String v) {
        try {
            if (v.isEmpty() || v.startsWith("-")) return null;
            return Fmt.parseUnsigned(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** print_fdb for one entry (JSON: the array opened by new_json_obj). */
    private static void printFdb(Printer pr, FdbInfo f, boolean showDev, int stats) {
        pr.openObject(null);
        pr.string("mac", "%s ", Fmt.mac(f.mac()));
        if (showDev) {
            pr.text("dev ");
            pr.string("ifname", "%s ", f.dev());
        }
        tunnelAttrs(null, pr, f);
        if (stats > 0 && (f.master() || f.dst() != null)) {
            long used = f.usedNs() / 1_000_000_000L, updated = f.ageNs() / 1_000_000_000L;
            if (pr.json()) {
                pr.number("used", null, used);
                pr.number("updated", null, updated);
            } else {
                pr.text("used " + used + "/" + updated + " ");
            }
        }
        pr.openArray("flags");
        if (!f.master()) {
            pr.text("self ");
            pr.jsonItem("self");
        }
        if (f.sticky()) {
            pr.text("sticky ");
            pr.jsonItem("sticky");
        }
        pr.closeArray();
        if (f.master()) pr.string("master", "master %s ", f.masterName());
        pr.string("state", "%s\n", stateN2a(f.state(), pr.json()));
        pr.closeObject();
    }

    /** fdb_get: `bridge fdb get [to] LLADDR [br BRDEV] {brport|dev} DEV [self] [master] [dynamic]`. */
    private static int fdbGet(Ctx ctx, Args a, Opts op) {
        String d = null, br = null, addr = null;
        int flags = 0;
        boolean dynamic = false;
        while (a.has()) {
            String k = a.next();
            if (k.equals("brport") || k.equals("dev")) d = a.value(ctx);
            else if (k.equals("br")) br = a.value(ctx);
            else if (k.equals("vni")) a.value(ctx);
            else if (k.equals("self")) flags |= RtnlBridge.NTF_SELF;
            else if (Args.matches(k, "master")) flags |= RtnlBridge.NTF_MASTER;
            else if (Args.matches(k, "vlan")) a.value(ctx);
            else if (Args.matches(k, "dynamic")) dynamic = true;
            else {
                if (k.equals("to")) k = a.value(ctx);
                if (Args.matches(k, "help")) return fdbUsage(ctx);
                if (addr != null) throw linnet.tools.common.Errors.duparg2(ctx, "to", k);
                addr = k;
            }
        }
        if ((d == null && br == null) || addr == null) {
            ctx.err.println("Device or master and address are required arguments.");
            return 255;
        }
        Long mac = parseMac(addr);
        if (mac == null) {
            ctx.err.println("Invalid mac address " + addr);
            return 255;
        }
        if (d != null && ctx.net.byName(d) == null) {
            ctx.err.println("Cannot find device \"" + d + "\"");
            return 255;
        }
        if (br != null && ctx.net.byName(br) == null) {
            ctx.err.println("Cannot find bridge device \"" + br + "\"");
            return 255;
        }
        FdbInfo f;
        try {
            f = ctx.host.rtnl().bridge.fdbGet(ctx.net, d, br, mac, flags);
        } catch (KernelException e) {
            Errors.rtnl(ctx, e);
            return 254;
        }
        Printer pr = new Printer(op.json(), op.pretty());
        if (!(dynamic && (f.state() & FdbInfo.NUD_PERMANENT) != 0)) printFdb(pr, f, true, op.stats());
        ctx.out.print(pr.finish());
        return 0;
    }

    /** fdb_flush: `bridge fdb flush dev DEV [brport DEV] [self] [master] [[no]permanent|[no]static|[no]dynamic]`. */
    private static int fdbFlush(Ctx ctx, Args a) {
        String d = null, brport = null;
        int flags = 0, state = 0, mask = 0;
        final int P = FdbInfo.NUD_PERMANENT, N = FdbInfo.NUD_NOARP;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> d = a.value(ctx);
                case "master" -> flags |= RtnlBridge.NTF_MASTER;
                case "self" -> flags |= RtnlBridge.NTF_SELF;
                case "permanent" -> { state |= P; mask |= P; }
                case "nopermanent" -> { state &= ~P; mask |= P; }
                case "static" -> { state |= N; mask |= N | P; }
                case "nostatic" -> { state &= ~N; mask |= N; }
                // iproute2's "~NUD_NOARP | NUD_PERMANENT" clears NOARP only.
                case "dynamic" -> { state &= ~N; mask |= N | P; }
                case "nodynamic" -> { state |= N; mask |= N; }
                case "added_by_user", "noadded_by_user", "extern_learn", "noextern_learn", "sticky", "nosticky",
                     "offloaded", "nooffloaded", "router", "norouter" -> {}
                case "brport" -> {
                    if (brport != null) throw linnet.tools.common.Errors.duparg2(ctx, "brport", k);
                    brport = a.value(ctx);
                }
                case "vlan", "src_vni", "nhid", "vni", "port", "dst" -> a.value(ctx);
                default -> {
                    // iproute2 6.1 passes over words it does not know (help aside).
                    if (Args.matches(k, "help")) return fdbUsage(ctx);
                }
            }
        }
        if (d == null) {
            ctx.err.println("Device is a required argument.");
            return 255;
        }
        if (ctx.net.byName(d) == null) {
            ctx.err.println("Cannot find bridge device \"" + d + "\"");
            return 255;
        }
        if (brport != null && ctx.net.byName(brport) == null) {
            ctx.err.println("Cannot find bridge port device \"" + brport + "\"");
            return 255;
        }
        if ((flags & (RtnlBridge.NTF_SELF | RtnlBridge.NTF_MASTER)) == 0) flags |= RtnlBridge.NTF_SELF;
        try {
            ctx.host.rtnl().bridge.fdbFlush(ctx.net, d, flags, state, mask, brport);
        } catch (KernelException e) {
            return rtnlError(ctx, e);
        }
        return 0;
    }

    /**
     * `bridge mdb show`: the multicast groups the bridges snooped and their router ports. No
     * IGMP/MLD snooping state is kept here, so the listing is empty (JSON: one object with an empty
     * "mdb" array and an empty "router" object).
     */
    private static int mdb(Ctx ctx, Args a, Opts op) {
        if (a.has()) {
            String c = a.next();
            if (!Args.matches(c, "show") && !Args.matches(c, "list") && !Args.matches(c, "lst")) {
                ctx.err.println("Command \"" + c + "\" is unknown, try \"bridge mdb help\".");
                return 255;
            }
        }
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) {
                String v = a.value(ctx);
                if (ctx.net.byName(v) == null) {
                    ctx.err.println("Cannot find device \"" + v + "\"");
                    return 255;
                }
            }
        }
        if (op.json()) {
            Printer pr = new Printer(true, op.pretty());
            pr.openObject(null).openArray("mdb").closeArray().openObject("router").closeObject().closeObject();
            ctx.out.print(pr.finish());
        }
        return 0;
    }

    private static linnet.tools.common.ToolExit invarg(Ctx ctx, String msg, String arg) {
        ctx.err.println("Error: argument \"" + arg + "\" is wrong: " + msg);
        return new linnet.tools.common.ToolExit(255);
    }

    /** An rtnl_talk failure in bridge: the same words as ip, but bridge exits with -1 (255). */
    static int rtnlError(Ctx ctx, KernelException e) {
        Errors.rtnl(ctx, e);
        return 255;
    }

    /**
     * fdb_modify: `bridge fdb add|append|replace|del LLADDR dev DEV [self] [master] [use]
     * [local|permanent|static|temp|dynamic] [sticky] ...`. The state starts as NUD_NOARP; with
     * neither self nor master the request is NTF_SELF, with neither permanent nor a reachable
     * state it is NUD_PERMANENT as well. add is NLM_F_CREATE|NLM_F_EXCL, append and replace
     * NLM_F_CREATE.
     */
    private static int fdbModify(Ctx ctx, Args a, boolean del, int nlFlags) {
        String dev = null, addr = null;
        int flags = 0, state = FdbInfo.NUD_NOARP, vid = -1;
        Integer dst = null, port = null, vni = null, via = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("dst")) {
                String v = a.value(ctx);
                if (dst != null) throw linnet.tools.common.Errors.duparg2(ctx, "dst", v);
                dst = fdbDst(ctx, v);
            } else if (k.equals("port")) {
                String v = a.value(ctx);
                Long n = strtoul(v);
                if (n == null || n > 0xffff) {
                    Integer svc = v.equals("vxlan") ? 4789 : null;
                    if (svc == null) throw invarg(ctx, "invalid port\n", v);
                    n = (long) svc;
                }
                port = n == 0 ? null : (int) (long) n;
            } else if (k.equals("vni")) {
                String v = a.value(ctx);
                Long n = strtoul(v);
                if (n == null || (n >> 24) != 0) throw invarg(ctx, "invalid VNI\n", v);
                vni = (int) (long) n;
            } else if (k.equals("via")) {
                String v = a.value(ctx);
                linnet.kernel.core.NetDevice vd = ctx.net.byName(v);
                if (vd == null) {
                    ctx.err.println("Cannot find device \"" + v + "\"");
                    throw new linnet.tools.common.ToolExit(255);
                }
                via = vd.ifindex();
            } else if (k.equals("nhid") || k.equals("src_vni")) a.value(ctx);
            else if (k.equals("self")) flags |= RtnlBridge.NTF_SELF;
            else if (Args.matches(k, "master")) flags |= RtnlBridge.NTF_MASTER;
            else if (Args.matches(k, "router")) flags |= 0x80;
            else if (Args.matches(k, "local") || Args.matches(k, "permanent")) state |= FdbInfo.NUD_PERMANENT;
            else if (Args.matches(k, "temp") || Args.matches(k, "static")) state |= FdbInfo.NUD_REACHABLE;
            else if (Args.matches(k, "dynamic")) {
                state |= FdbInfo.NUD_REACHABLE;
                state &= ~FdbInfo.NUD_NOARP;
            } else if (Args.matches(k, "vlan")) {
                if (vid >= 0) throw linnet.tools.common.Errors.duparg2(ctx, "vlan", k);
                vid = atoi(a.value(ctx));
            } else if (Args.matches(k, "use")) flags |= RtnlBridge.NTF_USE;
            else if (Args.matches(k, "extern_learn")) flags |= RtnlBridge.NTF_EXT_LEARNED;
            else if (Args.matches(k, "sticky")) flags |= RtnlBridge.NTF_STICKY;
            else if (k.equals("activity_notify") || k.equals("inactive") || k.equals("norefresh")) continue;
            else {
                if (k.equals("to")) k = a.value(ctx);
                if (Args.matches(k, "help")) return fdbUsage(ctx);
                if (addr != null) throw linnet.tools.common.Errors.duparg2(ctx, "to", k);
                addr = k;
            }
        }
        if (dev == null || addr == null) {
            ctx.err.println("Device and address are required arguments.");
            return 255;
        }
        if ((flags & (RtnlBridge.NTF_SELF | RtnlBridge.NTF_MASTER)) == 0) flags |= RtnlBridge.NTF_SELF;
        if ((state & (FdbInfo.NUD_PERMANENT | FdbInfo.NUD_REACHABLE)) == 0) state |= FdbInfo.NUD_PERMANENT;
        Long mac = parseMac(addr);
        if (mac == null) {
            ctx.err.println("Invalid mac address " + addr);
            return 255;
        }
        if (ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find device \"" + dev + "\"");
            return 255;
        }
        try {
            RtnlBridge.FdbDest dest = new RtnlBridge.FdbDest(dst, port, vni, via);
            if (del) ctx.host.rtnl().bridge.fdbDel(ctx.net, dev, mac, flags, state, vid, dest);
            else ctx.host.rtnl().bridge.fdbAdd(ctx.net, dev, mac, flags, state, nlFlags, vid, dest);
        } catch (KernelException e) {
            return rtnlError(ctx, e);
        }
        return 0;
    }

    private static final String HHX = "\\s*\\+?(?:0[xX])?([0-9a-fA-F]+)";
    private static final java.util.regex.Pattern MAC6 =
            java.util.regex.Pattern.compile("^" + String.join(":", java.util.Collections.nCopies(6, HHX)));

    /** sscanf("%hhx:%hhx:%hhx:%hhx:%hhx:%hhx"): six hex fields (each kept modulo 256), trailing text ignored. */
    static Long parseMac(String s) {
        java.util.regex.Matcher m = MAC6.matcher(s);
        if (!m.find()) return null;
        long mac = 0;
        for (int i = 1; i <= 6; i++) mac = (mac << 8) | (new java.math.BigInteger(m.group(i), 16).longValue() & 0xff);
        return mac;
    }
}
