package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.Macvlan;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Printer;
import linnet.tools.common.ToolExit;

/**
 * `ip link add|set ... type macvlan|vxlan|vlan|dummy|ipvlan|bond` (ip/iplink_<kind>.c): each kind's
 * keywords into its IFLA_INFO_DATA, and its part of `ip -d link show`.
 */
final class IpLinkKinds {
    private IpLinkKinds() {}

    static boolean handles(String type) { return type.equals("macvlan"); }

    /** RTM_NEWLINK with NLM_F_CREATE for one of the kinds of {@link #handles}. */
    static int add(Ctx ctx, String type, String name, Args rest, LinkAttrs attrs, Net net, int link) {
        try {
            switch (type) {
                case "macvlan" -> {
                    Macvlan.Opts o = parseMacvlan(ctx, rest);
                    ctx.host.rtnl().kinds.newMacvlan(ctx.net, net, name, attrs, link, o);
                }
                default -> throw new IllegalStateException(type);
            }
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** The parsed IFLA_INFO_DATA of an `ip link set DEV type KIND ...`, applied after the generic changes. */
    interface Change {
        void apply(Ctx ctx, String dev) throws KernelException;
    }

    /** Parses `type KIND ARGS` of ip link set; null for kinds this class does not know. */
    static Change parseSet(Ctx ctx, String type, Args a) {
        switch (type) {
            case "macvlan" -> {
                Macvlan.Opts o = parseMacvlan(ctx, a);
                return (c, dev) -> c.host.rtnl().kinds.changeMacvlan(c.net, dev, o);
            }
            default -> {
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ macvlan

    private static final String MACVLAN_USAGE = """
            Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]

            MODE: private | vepa | bridge | passthru | source
            MODE_FLAG: null | nopromisc | nodst
            MODE_OPTS: for mode "source":
            \tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
            BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
            """;

    private static ToolExit macvlanExplain(Ctx ctx) {
        ctx.err.print(MACVLAN_USAGE);
        return ToolExit.returning(1);
    }

    /** macvlan_parse_opt (iproute2 6.1). */
    static Macvlan.Opts parseMacvlan(Ctx ctx, Args a) {
        int mode = 0, flags = 0;
        boolean hasFlags = false;
        Integer macMode = null;
        List<Long> macs = null;
        Long bcq = null;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "mode")) {
                String v = a.value(ctx);
                mode = switch (v) {
                    case "private" -> Macvlan.MODE_PRIVATE;
                    case "vepa" -> Macvlan.MODE_VEPA;
                    case "bridge" -> Macvlan.MODE_BRIDGE;
                    case "passthru" -> Macvlan.MODE_PASSTHRU;
                    case "source" -> Macvlan.MODE_SOURCE;
                    default -> {
                        ctx.err.println("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\", not \""
                                + v + "\"");
                        throw ToolExit.returning(1);
                    }
                };
            } else if (Args.matches(k, "flag")) {
                String v = a.value(ctx);
                switch (v) {
                    case "nopromisc" -> flags |= Macvlan.FLAG_NOPROMISC;
                    case "nodst" -> flags |= Macvlan.FLAG_NODST;
                    case "null" -> {}
                    default -> {
                        ctx.err.println("Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" or \"null\", not \"" + v + "\"");
                        throw ToolExit.returning(1);
                    }
                }
                hasFlags = true;
            } else if (Args.matches(k, "macaddr")) {
                String v = a.value(ctx);
                macMode = switch (v) {
                    case "add" -> Macvlan.MACADDR_ADD;
                    case "del" -> Macvlan.MACADDR_DEL;
                    case "set" -> Macvlan.MACADDR_SET;
                    case "flush" -> Macvlan.MACADDR_FLUSH;
                    default -> throw macvlanExplain(ctx);
                };
                if (macMode == Macvlan.MACADDR_ADD || macMode == Macvlan.MACADDR_DEL) {
                    byte[] ll = IpLink.llAddr(ctx, a.value(ctx));
                    if (ll.length != 6) throw ToolExit.returning(1);
                    macs = List.of(mac(ll));
                } else if (macMode == Macvlan.MACADDR_SET) {
                    macs = new ArrayList<>();
                    // as many addresses as parse; the first word that is none ends the list
                    while (a.has()) {
                        Long m = tryMac(a.peek());
                        if (m == null) break;
                        a.next();
                        macs.add(m);
                    }
                }
            } else if (Args.matches(k, "nopromisc")) {
                flags |= Macvlan.FLAG_NOPROMISC;
                hasFlags = true;
            } else if (Args.matches(k, "nodst")) {
                flags |= Macvlan.FLAG_NODST;
                hasFlags = true;
            } else if (Args.matches(k, "bcqueuelen")) {
                String v = a.value(ctx);
                Long n = getU32(v);
                if (n == null) {
                    ctx.err.println("Error: argument of \"bcqueuelen\" must be a positive integer [0-4294967295], not \"" + v + "\"");
                    throw ToolExit.returning(1);
                }
                bcq = n;
            } else if (Args.matches(k, "help")) {
                throw macvlanExplain(ctx);
            } else {
                ctx.err.println("macvlan: unknown option \"" + k + "\"?");
                throw macvlanExplain(ctx);
            }
        }
        if (hasFlags && (flags & Macvlan.FLAG_NOPROMISC) != 0 && mode != Macvlan.MODE_PASSTHRU) {
            ctx.err.println("macvlan: nopromisc flag only valid in passthru mode");
            throw macvlanExplain(ctx);
        }
        return new Macvlan.Opts(mode == 0 ? null : mode, hasFlags ? flags : null, macMode, macs, bcq);
    }

    /** macvlan_print_opt. */
    static void printMacvlan(Printer p, Map<String, Long> d) {
        Long mode = d.get("IFLA_MACVLAN_MODE");
        if (mode == null) return;
        p.string("mode", "mode %s ", switch ((int) (long) mode) {
            case Macvlan.MODE_PRIVATE -> "private";
            case Macvlan.MODE_VEPA -> "vepa";
            case Macvlan.MODE_BRIDGE -> "bridge";
            case Macvlan.MODE_PASSTHRU -> "passthru";
            case Macvlan.MODE_SOURCE -> "source";
            default -> "unknown";
        });
        long flags = d.getOrDefault("IFLA_MACVLAN_FLAGS", 0L);
        if ((flags & Macvlan.FLAG_NOPROMISC) != 0) p.text("nopromisc ").jsonTrue("nopromisc");
        if ((flags & Macvlan.FLAG_NODST) != 0) p.text("nodst ").jsonTrue("nodst");
        Long q = d.get("IFLA_MACVLAN_BC_QUEUE_LEN");
        if (q != null) p.number("bcqueuelen", "bcqueuelen %s ", q);
        q = d.get("IFLA_MACVLAN_BC_QUEUE_LEN_USED");
        if (q != null) p.number("usedbcqueuelen", "usedbcqueuelen %s ", q);
        if (mode != Macvlan.MODE_SOURCE) return;
        Long count = d.get("IFLA_MACVLAN_MACADDR_COUNT");
        if (count == null) return;
        p.number("macaddr_count", "remotes (%s) ", count);
        if (count == 0) return;
        p.openArray("macaddr_data");
        for (int i = 0; d.containsKey("IFLA_MACVLAN_MACADDR." + i); i++) {
            String m = Fmt.mac(d.get("IFLA_MACVLAN_MACADDR." + i));
            p.text(m + " ").jsonItem(m);
        }
        p.closeArray();
    }

    // ------------------------------------------------------------------ helpers

    static long mac(byte[] b) {
        long m = 0;
        for (byte x : b) m = (m << 8) | (x & 0xff);
        return m;
    }

    /** ll_addr_a2n that must give ETH_ALEN bytes, without its error output (a list's end). */
    private static Long tryMac(String v) {
        try {
            return linnet.wire.Mac.parse(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** get_u32 (strtoul base 0, no sign, whole word). */
    static Long getU32(String v) {
        try {
            if (v.isEmpty() || v.startsWith("-") || v.startsWith("+")) return null;
            long n = Fmt.parseUnsigned(v);
            return n > 0xffff_ffffL ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
