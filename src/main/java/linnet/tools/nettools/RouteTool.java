package linnet.tools.nettools;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.RouteInfo;
import linnet.kernel.rtnl.RtEntry;
import linnet.kernel.rtnl.RtIoctl;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;

/**
 * route(8) of net-tools 2.10: the listing (what /proc/net/route holds, printed by
 * lib/inet_gr.c) and add/del through the SIOCADDRT/SIOCDELRT ioctls (lib/inet_sr.c).
 */
public final class RouteTool implements Tool {
    /** net-tools' exit codes (E_OPTERR, E_LOOKUP, E_SOCK). */
    static final int E_OPTERR = 3, E_LOOKUP = 6, E_SOCK = 7;

    static final String USAGE = """
            Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
                   route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.

                   route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
                   route {-V|--version}                  Display version/author and exit.

                    -v, --verbose            be verbose
                    -n, --numeric            don't resolve names
                    -e, --extend             display other/more information
                    -F, --fib                display Forwarding Information Base (default)
                    -C, --cache              display routing cache instead of FIB

              <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
              List of possible address families (which support routing):
                inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25)\s
                netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX)\s
                ddp (Appletalk DDP) x25 (CCITT X.25)\s
            """;

    static final String INET_USAGE = """
            Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
                   inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                          [netmask N] [mss Mss] [window W] [irtt I]
                                          [mod] [dyn] [reinstate] [[dev] If]
                   inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
                   inet_route [-FC] flush      NOT supported
            """;

    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean numeric = false;
        boolean cache = false;
        int ext = 0;
        int i = 0;
        // Options stop at the first non-option ("+" getopt), so "-net" after "add" is an argument.
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String o = args.get(i);
            if (o.equals("--numeric")) {
                numeric = true;
                continue;
            }
            if (o.equals("--extend")) {
                ext++;
                continue;
            }
            if (o.equals("--cache")) {
                cache = true;
                continue;
            }
            if (o.startsWith("--") && !o.equals("--inet") && !o.equals("--fib")) return usage(ctx, USAGE, E_OPTERR);
            if (o.equals("-A")) {
                // -A FAMILY: only inet has a routing table here.
                if (i + 1 >= args.size() || !args.get(i + 1).equals("inet")) return usage(ctx, USAGE, E_OPTERR);
                i++;
                continue;
            }
            for (char c : o.substring(1).toCharArray()) {
                switch (c) {
                    case 'n' -> numeric = true;
                    case 'e' -> ext++;
                    case 'C' -> cache = true;
                    case 'N', 'v', 'F', '4' -> { }
                    case 'h', '?' -> { return usage(ctx, USAGE, 4); }
                    default -> { return usage(ctx, USAGE, E_OPTERR); }
                }
            }
        }
        if (i >= args.size() || args.get(i).isEmpty()) {
            if (cache) {
                // /proc/net/rt_cache has had no entries since the IPv4 routing cache went (3.6).
                ctx.out.println("Kernel IP routing cache");
                ctx.out.println("Source          Destination     Gateway         Flags Metric Ref    Use Iface");
                return 0;
            }
            return print(ctx, numeric, ext);
        }
        String cmd = args.get(i);
        List<String> rest = args.subList(i + 1, args.size());
        return switch (cmd) {
            case "add" -> setRoute(ctx, rest, true);
            case "del", "delete" -> setRoute(ctx, rest, false);
            case "flush" -> {
                ctx.err.println("Flushing `inet' routing table not supported");
                yield usage(ctx, INET_USAGE, E_OPTERR);
            }
            default -> usage(ctx, USAGE, E_OPTERR);
        };
    }

    /**
     * route's INET_resolve tries the networks database before the hosts one and reports any
     * failure as HOST_NOT_FOUND (unlike ifconfig, whose lookups end in the resolver's TRY_AGAIN).
     */
    private static String unknownHost(String name) {
        return name + ": Unknown host";
    }

    private static int usage(Ctx ctx, String text, int rc) {
        ctx.err.print(text);
        return rc;
    }

    // ------------------------------------------------------------------ listing

    private static int print(Ctx ctx, boolean numeric, int ext) {
        StringBuilder sb = new StringBuilder("Kernel IP routing table\n");
        if (ext == 1) sb.append("Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n");
        else if (ext >= 2) sb.append("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n");
        else sb.append("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n");
        List<RouteInfo> routes;
        try {
            routes = RtnlRoute.dump(ctx.net, FibRoute.RT_TABLE_MAIN);
        } catch (KernelException e) {
            ctx.out.print(sb);
            return 0;
        }
        for (RouteInfo r : routes) {
            // /proc/net/route leaves out broadcast and multicast entries.
            if (r.type() == FibRoute.RTN_BROADCAST || r.type() == FibRoute.RTN_MULTICAST) continue;
            var d = r.oif() == 0 ? null : ctx.net.byIndex(r.oif());
            String l = line(r.dst(), r.dstLen(), r.gw(), r.type(), r.priority(), d == null ? null : d.name(), numeric);
            if (ext == 0) {
                sb.append(l);
                continue;
            }
            // The /proc/net/route MTU, Window and IRTT columns: advmss + 40, the window, rtt >> 3.
            int adv = r.metrics()[FibRoute.RTAX_ADVMSS];
            String mss = adv == 0 ? "0" : Integer.toUnsignedString(adv + 40);
            String win = Integer.toUnsignedString(r.metrics()[FibRoute.RTAX_WINDOW]);
            String irtt = Integer.toUnsignedString(r.metrics()[FibRoute.RTAX_RTT] >>> 3);
            int sp = l.lastIndexOf(' ');
            String iface = l.substring(sp + 1, l.length() - 1);
            if (ext == 1) {
                // "%-6s%5d %-6d %5d %s": flags, MSS, Window, irtt, Iface
                String flags = l.substring(48, 53).trim();
                sb.append(l, 0, 48).append(Fmt.pad(flags, 6)).append(Fmt.rpad(mss, 5)).append(' ')
                        .append(Fmt.pad(win, 6)).append(' ').append(Fmt.rpad(irtt, 5)).append(' ').append(iface).append('\n');
            } else {
                sb.append(l, 0, sp + 1).append(Fmt.pad(iface, 8)).append(' ').append(Fmt.pad(mss, 5)).append(' ')
                        .append(Fmt.pad(win, 6)).append(' ').append(irtt).append('\n');
            }
        }
        ctx.out.print(sb);
        return 0;
    }

    /** One row as rprint_fib prints it; reject routes show "-" for gateway, ref and interface. */
    static String line(int dst, int dstLen, int gw, int type, int metric, String dev, boolean numeric) {
        int mask = dstLen == 0 ? 0 : (int) (0xffffffffL << (32 - dstLen));
        boolean reject = type == FibRoute.RTN_UNREACHABLE || type == FibRoute.RTN_PROHIBIT;
        // fib_flag_trans: always RTF_UP; "!" replaces what came before it, H follows.
        String flags = "U";
        if (gw != 0) flags += "G";
        if (reject) flags = "!";
        if (dstLen == 32) flags += "H";
        String dstText = numeric ? Fmt.ip(dst) : networkName(dst, mask);
        return Fmt.pad(dstText, 15) + ' ' + Fmt.pad(reject ? "-" : Fmt.ip(gw), 15) + ' '
                + Fmt.pad(Fmt.ip(mask), 15) + ' ' + Fmt.pad(flags, 5) + ' '
                + Fmt.pad(Integer.toUnsignedString(metric), 6) + ' ' + Fmt.pad(reject ? "-" : "0", 6) + ' '
                + Fmt.rpad("0", 3) + ' ' + (reject ? "-" : dev == null ? "*" : dev) + '\n';
    }

    /** Without -n a destination is named from /etc/networks (Debian's), "default" for 0/0. */
    private static String networkName(int dst, int mask) {
        if (dst == 0 && mask == 0) return "default";
        if (dst == 0x7f000000) return "loopback";
        if (dst == 0xa9fe0000) return "link-local";
        return Fmt.ip(dst);
    }

    // ------------------------------------------------------------------ add / del

    /** inet_setroute. */
    static int setRoute(Ctx ctx, List<String> a, boolean add) {
        if (a.isEmpty()) return usage(ctx, INET_USAGE, 0);
        int k = 0;
        int xflag = 0;
        if (a.get(k).equals("-net")) {
            xflag = 1;
            k++;
        } else if (a.get(k).equals("-host")) {
            xflag = 2;
            k++;
        }
        if (k >= a.size()) return usage(ctx, INET_USAGE, E_OPTERR);
        String target = a.get(k++);
        int genmask = 0;
        boolean maskGiven = false;
        String netmaskText = "";
        try {
            Integer m = Inet.prefixMask(target);
            if (m != null) {
                genmask = m;
                maskGiven = true;
                netmaskText = "/" + Integer.parseInt(target.substring(target.indexOf('/') + 1));
            }
        } catch (IllegalArgumentException e) {
            return usage(ctx, INET_USAGE, E_OPTERR);
        }
        String host = Inet.host(target);
        boolean isnet;
        int dst;
        if (host.equals("default")) {
            dst = 0;
            isnet = true;
        } else {
            Integer v = Inet.resolve(host);
            if (v == null) {
                ctx.err.println(unknownHost(host));
                return E_LOOKUP;
            }
            dst = v;
            isnet = false;
        }
        if (xflag == 1) isnet = true;
        if (xflag == 2) isnet = false;
        int flags = RtEntry.RTF_UP | (isnet ? 0 : RtEntry.RTF_HOST);
        int metric = 0, gw = 0;
        String dev = null;
        while (k < a.size()) {
            String w = a.get(k++);
            switch (w) {
                case "metric" -> {
                    if (k >= a.size() || a.get(k).isEmpty() || !Character.isDigit(a.get(k).charAt(0)))
                        return usage(ctx, INET_USAGE, E_OPTERR);
                    metric = atoi(a.get(k++)) + 1;
                }
                case "netmask" -> {
                    if (k >= a.size() || maskGiven) return usage(ctx, INET_USAGE, E_OPTERR);
                    netmaskText = a.get(k++);
                    Integer m = Inet.resolve(netmaskText);
                    if (m == null) {
                        ctx.err.println(unknownHost(netmaskText));
                        return E_LOOKUP;
                    }
                    genmask = m;
                    maskGiven = genmask != 0;
                }
                case "gw", "gateway" -> {
                    if (k >= a.size() || (flags & RtEntry.RTF_GATEWAY) != 0) return usage(ctx, INET_USAGE, E_OPTERR);
                    String g = a.get(k++);
                    if (g.equals("default")) {
                        ctx.err.println("route: " + g + ": cannot use a NETWORK as gateway!");
                        return usage(ctx, INET_USAGE, E_OPTERR);
                    }
                    Integer v = Inet.resolve(g);
                    if (v == null) {
                        ctx.err.println(unknownHost(g));
                        return E_LOOKUP;
                    }
                    gw = v;
                    flags |= RtEntry.RTF_GATEWAY;
                }
                case "mss", "mtu", "window", "irtt" -> {
                    if (k >= a.size()) return usage(ctx, INET_USAGE, E_OPTERR);
                    k++;
                }
                case "reject" -> flags |= RtEntry.RTF_REJECT;
                case "mod", "dyn", "reinstate" -> { }
                case "device", "dev" -> {
                    if (dev != null || k >= a.size()) return usage(ctx, INET_USAGE, E_OPTERR);
                    dev = a.get(k++);
                }
                default -> {
                    // A bare word is the device, and must be the last argument.
                    if (dev != null || k < a.size()) return usage(ctx, INET_USAGE, E_OPTERR);
                    dev = w;
                }
            }
        }
        if (maskGiven) {
            int inv = ~genmask;
            if ((flags & RtEntry.RTF_HOST) != 0 && inv != 0xffffffff) {
                ctx.err.println(String.format("route: netmask %08x doesn't make sense with host route", inv));
                return usage(ctx, INET_USAGE, E_OPTERR);
            }
            if ((inv & (inv + 1)) != 0) {
                ctx.err.println("route: bogus netmask " + netmaskText);
                return usage(ctx, INET_USAGE, E_OPTERR);
            }
            if ((dst & inv) != 0) {
                ctx.err.println("route: netmask doesn't match route address");
                return usage(ctx, INET_USAGE, E_OPTERR);
            }
        }
        RtEntry rt = new RtEntry(dst, genmask, gw, flags, metric, dev);
        try {
            if (add) RtIoctl.add(ctx.net, rt);
            else RtIoctl.delete(ctx.net, rt);
        } catch (KernelException e) {
            ctx.err.println((add ? "SIOCADDRT: " : "SIOCDELRT: ") + e.errno.text);
            return E_SOCK;
        }
        return 0;
    }

    /** atoi: leading digits only. */
    static int atoi(String s) {
        long v = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)) && v < Integer.MAX_VALUE; i++)
            v = v * 10 + (s.charAt(i) - '0');
        return (int) Math.min(v, Integer.MAX_VALUE);
    }
}
