package linnet.tools.nettools;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.ArpIoctl;
import linnet.kernel.rtnl.DevIoctl;
import linnet.tools.common.Ctx;
import linnet.tools.common.Resolver;
import linnet.tools.common.Tool;

/**
 * arp(8) of net-tools 2.10: the listing is /proc/net/arp read and reformatted (Linux style by
 * default, BSD style with -a), -s and -d go through the SIOCSARP / SIOCDARP ioctls. Options are
 * GNU getopt_long's, so operands may come before or after them.
 */
public final class Arp implements Tool {
    static final int E_OPTERR = 3;

    static final String USAGE = """
            Usage:
              arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
              arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
              arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
              arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
              arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-

                    -a                       display (all) hosts in alternative (BSD) style
                    -e                       display (all) hosts in default (Linux) style
                    -s, --set                set a new ARP entry
                    -d, --delete             delete a specified entry
                    -v, --verbose            be verbose
                    -n, --numeric            don't resolve names
                    -i, --device             specify network interface (e.g. eth0)
                    -D, --use-device         read <hwaddr> from given device
                    -A, -p, --protocol       specify protocol family
                    -f, --file               read new entries from file or from /etc/ethers

              <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
              List of possible hardware types (which support ARP):
            """;

    /** print_hwlist(1): the hardware types with an address length, three to a line, on stderr. */
    static final String HWLIST = """
                ash (Ash) ether (Ethernet) ax25 (AMPR AX.25)\s
                netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet)\s
                dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI)\s
                irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64)\s
            """;

    static final String VERSION = """
            net-tools 2.10
            +I18N +SELINUX
            AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
            HW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64\s
            """;

    /** lib/hw.c's table as built: name, ARPHRD type, address length (0 = no ARP). */
    private static final Object[][] HWTYPES = {{"unspec", -1, 0}, {"loop", 772, 0}, {"slip", 256, 0}, {"cslip", 257, 0},
        {"slip6", 258, 0}, {"cslip6", 259, 0}, {"adaptive", 264, 0}, {"ash", 781, 64}, {"ether", 1, 6}, {"ax25", 3, 7},
        {"netrom", 0, 7}, {"rose", 270, 5}, {"tunnel", 768, 0}, {"ppp", 512, 0}, {"hdlc", 513, 0}, {"lapb", 516, 0},
        {"arcnet", 7, 1}, {"dlci", 15, 2}, {"frad", 770, 0}, {"sit", 776, 0}, {"fddi", 774, 6}, {"hippi", 780, 6},
        {"irda", 783, 4}, {"x25", 271, 0}, {"eui64", 27, 8}};

    /** lib/af.c's families as built; only inet has an ARP table. */
    private static final List<String> AFTYPES = List.of("unix", "inet", "inet6", "ax25", "netrom", "rose", "ipx", "ddp",
            "ec", "ash", "x25", "unspec");

    /** The parsed command line. */
    private static final class Opts {
        int what;
        boolean numeric, verbose, useDevice, linuxStyle, all, hwSet;
        Object[] hw = HWTYPES[8];
        String af = "inet";
        String device = "";
        final List<String> operands = new ArrayList<>();
    }

    private static final List<String> LONG = List.of("verbose", "version", "all", "delete", "file", "numeric", "set",
            "protocol", "hw-type", "device", "help", "use-device", "symbolic");

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                o.operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String val = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    val = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                String full = longOption(name);
                if (full == null) {
                    ctx.err.println("arp: unrecognized option '" + a + "'");
                    return usage(ctx, E_OPTERR);
                }
                char c = switch (full) {
                    case "verbose" -> 'v';
                    case "version" -> 'V';
                    case "all" -> 'a';
                    case "delete" -> 'd';
                    case "file" -> 'f';
                    case "numeric" -> 'n';
                    case "set" -> 's';
                    case "protocol" -> 'A';
                    case "hw-type" -> 'H';
                    case "device" -> 'i';
                    case "help" -> 'h';
                    case "use-device" -> 'D';
                    default -> 'N';
                };
                boolean hasArg = c == 'A' || c == 'H' || c == 'i';
                if (!hasArg && val != null) {
                    ctx.err.println("arp: option '--" + full + "' doesn't allow an argument");
                    return usage(ctx, E_OPTERR);
                }
                if (hasArg && val == null) {
                    if (i + 1 >= args.size()) {
                        ctx.err.println("arp: option '--" + full + "' requires an argument");
                        return usage(ctx, E_OPTERR);
                    }
                    val = args.get(++i);
                }
                Integer rc = option(ctx, o, c, val);
                if (rc != null) return rc;
                continue;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                o.operands.add(a);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                String val = null;
                if ("AHpit".indexOf(c) >= 0) {
                    val = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                    if (val == null) {
                        ctx.err.println("arp: option requires an argument -- '" + c + "'");
                        return usage(ctx, E_OPTERR);
                    }
                } else if ("adfnsevhDNV".indexOf(c) < 0) {
                    ctx.err.println("arp: invalid option -- '" + c + "'");
                    return usage(ctx, E_OPTERR);
                }
                Integer rc = option(ctx, o, c, val);
                if (rc != null) return rc;
                if (val != null) break;
            }
        }
        if (!o.af.equals("inet")) {
            ctx.err.println("arp: " + o.af + ": kernel only supports 'inet'.");
            return 255;
        }
        if ((Integer) o.hw[2] <= 0) {
            ctx.err.println("arp: " + o.hw[0] + ": hardware type without ARP support.");
            return 255;
        }
        String first = o.operands.isEmpty() ? null : o.operands.get(0);
        return switch (o.what) {
            case 0 -> {
                o.linuxStyle = true;
                yield show(ctx, o, first);
            }
            case 1 -> show(ctx, o, first);
            case 2 -> file(ctx, first != null ? first : "/etc/ethers");
            case 3 -> delete(ctx, o);
            default -> set(ctx, o);
        };
    }

    /** One option; a non-null result ends the run with that status. */
    private static Integer option(Ctx ctx, Opts o, char c, String val) {
        switch (c) {
            case 'a' -> {
                o.what = 1;
                o.all = true;
            }
            case 'f' -> o.what = 2;
            case 'd' -> o.what = 3;
            case 's' -> o.what = 4;
            case 'e' -> o.linuxStyle = true;
            case 'n' -> o.numeric = true;
            case 'D' -> o.useDevice = true;
            case 'N' -> ctx.err.println("arp: -N not yet supported.");
            case 'v' -> o.verbose = true;
            case 'A', 'p' -> {
                if (!AFTYPES.contains(val)) {
                    ctx.err.println("arp: " + val + ": unknown address family.");
                    return 255;
                }
                o.af = val;
            }
            case 'H', 't' -> {
                Object[] hw = null;
                for (Object[] h : HWTYPES) if (h[0].equals(val)) hw = h;
                if (hw == null) {
                    ctx.err.println("arp: " + val + ": unknown hardware type.");
                    return 255;
                }
                o.hw = hw;
                o.hwSet = true;
            }
            case 'i' -> o.device = val.length() > 15 ? val.substring(0, 15) : val;
            case 'V' -> {
                ctx.out.print(VERSION);
                return 0;
            }
            case 'h' -> {
                return usage(ctx, 0);
            }
            default -> { }
        }
        return null;
    }

    private static String longOption(String name) {
        String hit = null;
        for (String l : LONG) {
            if (l.equals(name)) return l;
            if (!name.isEmpty() && l.startsWith(name)) {
                if (hit != null) return null;
                hit = l;
            }
        }
        return hit;
    }

    /**
     * usage(rc): the text goes to stdout for -h (rc 0) and to stderr otherwise, but the hardware
     * list is always printed to stderr, so with -h it comes first (stdout is flushed at exit).
     */
    static int usage(Ctx ctx, int rc) {
        if (rc == 0) {
            ctx.err.print(HWLIST);
            ctx.out.print(USAGE);
        } else {
            ctx.err.print(USAGE);
            ctx.err.print(HWLIST);
        }
        return rc;
    }

    /** INET_resolve (numeric, then /etc/hosts); null after printing herror's complaint. */
    private static Integer resolve(Ctx ctx, String host) {
        Resolver.Result r = Resolver.resolve4(host);
        if (r.ok()) return r.address();
        ctx.err.println(Inet.lookupError(host));
        return null;
    }

    private static String ip(int a) { return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff); }

    // ---------------------------------------------------------------- listing

    /** arp_show: every line of /proc/net/arp that passes the -H, host and -i filters. */
    private static int show(Ctx ctx, Opts o, String name) {
        String host = "";
        if (name != null) {
            Integer a = resolve(ctx, name);
            if (a == null) return 255;
            host = ip(a);
        }
        String text;
        try {
            text = ctx.host.vfs().read(ctx.ns(), "/proc/net/arp");
        } catch (KernelException e) {
            ctx.err.println("/proc/net/arp: " + e.errno.text);
            return 255;
        }
        String[] lines = text.split("\n");
        int entries = 0, showed = 0;
        boolean title = false;
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < lines.length; k++) {
            String[] f = lines[k].trim().split("\\s+");
            if (f.length < 4) break;
            String ip = f[0];
            int type = Integer.parseInt(f[1].substring(2), 16);
            int flags = Integer.parseInt(f[2].substring(2), 16);
            String hwa = f[3];
            String mask = f.length > 4 ? f[4] : "-";
            String dev = f.length > 5 ? f[5] : "-";
            if (f.length == 5) {
                // an incomplete entry of old kernels: no hardware address in the line
                mask = f[3];
                dev = f[4];
                hwa = "";
            }
            entries++;
            if (o.hwSet && type != (Integer) o.hw[1]) continue;
            if (!host.isEmpty() && !ip.equals(host)) continue;
            if (!o.device.isEmpty() && !dev.equals(o.device)) continue;
            showed++;
            String hostname = "?";
            if (!o.numeric) {
                Integer a = Resolver.inetAton(ip);
                String n = a == null ? null : Resolver.hostsName(a);
                if (n != null) hostname = n;
            }
            if (o.linuxStyle) {
                if (!title) {
                    sb.append("Address                  HWtype  HWaddress           Flags Mask            Iface\n");
                    title = true;
                }
                dispLinux(sb, hostname.equals("?") ? ip : hostname, type, flags, hwa, mask, dev);
            } else {
                dispBsd(sb, hostname, ip, type, flags, hwa, mask, dev);
            }
        }
        if (o.verbose) sb.append("Entries: ").append(entries).append("\tSkipped: ").append(entries - showed)
                .append("\tFound: ").append(showed).append('\n');
        if (showed == 0) {
            if (!host.isEmpty() && !o.all) sb.append(name).append(" (").append(host).append(") -- no entry\n");
            else if (o.hwSet || !host.isEmpty() || !o.device.isEmpty())
                sb.append("arp: in ").append(entries).append(" entries no match found.\n");
        }
        ctx.out.print(sb);
        return 0;
    }

    /** get_hwntype: the name of a hardware type number (ether when unknown). */
    private static String hwName(int type) {
        for (Object[] h : HWTYPES) if ((Integer) h[1] == type) return (String) h[0];
        return "ether";
    }

    /** arp_disp_2: the default (Linux) style. */
    private static void dispLinux(StringBuilder sb, String name, int type, int flags, String hwa, String mask, String dev) {
        StringBuilder fl = new StringBuilder();
        if ((flags & ArpIoctl.ATF_COM) != 0) fl.append('C');
        if ((flags & ArpIoctl.ATF_PERM) != 0) fl.append('M');
        if ((flags & ArpIoctl.ATF_PUBL) != 0) fl.append('P');
        if ((flags & 0x80) != 0) fl.append('A');
        if ((flags & ArpIoctl.ATF_DONTPUB) != 0) fl.append('!');
        if ((flags & ArpIoctl.ATF_USETRAILERS) != 0) fl.append('T');
        if ((flags & ArpIoctl.ATF_NETMASK) == 0) mask = "";
        sb.append(String.format("%-23.23s  ", name));
        if ((flags & ArpIoctl.ATF_COM) == 0) {
            if ((flags & ArpIoctl.ATF_PUBL) != 0) sb.append(String.format("%-8.8s%-20.20s", "*", "<from_interface>"));
            else sb.append(String.format("%-8.8s%-20.20s", "", "(incomplete)"));
        } else {
            sb.append(String.format("%-8.8s%-20.20s", hwName(type), hwa));
        }
        sb.append(String.format("%-6.6s%-15.15s %s\n", fl, mask, dev));
    }

    /** arp_disp: the BSD style of -a. */
    private static void dispBsd(StringBuilder sb, String name, String ip, int type, int flags, String hwa, String mask,
                                String dev) {
        sb.append(name).append(" (").append(ip).append(") at ");
        if ((flags & ArpIoctl.ATF_COM) == 0) {
            sb.append((flags & ArpIoctl.ATF_PUBL) != 0 ? "<from_interface> " : "<incomplete> ");
        } else {
            sb.append(hwa).append(" [").append(hwName(type)).append("] ");
        }
        if ((flags & ArpIoctl.ATF_NETMASK) != 0) sb.append("netmask ").append(mask).append(' ');
        if ((flags & ArpIoctl.ATF_PERM) != 0) sb.append("PERM ");
        if ((flags & ArpIoctl.ATF_PUBL) != 0) sb.append("PUB ");
        if ((flags & 0x80) != 0) sb.append("AUTO ");
        if ((flags & ArpIoctl.ATF_DONTPUB) != 0) sb.append("DONTPUB ");
        if ((flags & ArpIoctl.ATF_USETRAILERS) != 0) sb.append("TRAIL ");
        sb.append("on ").append(dev).append('\n');
    }

    // ---------------------------------------------------------------- -s / -d / -f

    /** in_ether: up to six hex bytes of one or two digits, colons optional; missing bytes stay zero. */
    static Long inEther(String s) {
        long mac = 0;
        int i = 0, p = 0;
        while (p < s.length() && i < 6) {
            int hi = Character.digit(s.charAt(p++), 16);
            if (hi < 0) return null;
            int val = hi;
            char c = p < s.length() ? s.charAt(p) : 0;
            int lo = c == 0 ? -1 : Character.digit(c, 16);
            if (lo >= 0) val = (hi << 4) | lo;
            else if (c != ':' && c != 0) return null;
            if (c != 0) p++;
            mac |= (long) val << (8 * (5 - i));
            i++;
            // a colon after the byte is optional (after a one-digit byte it was taken above)
            if (p < s.length() && s.charAt(p) == ':') p++;
        }
        return mac;
    }

    /** arp_set. */
    private int set(Ctx ctx, Opts o) {
        List<String> a = o.operands;
        if (a.isEmpty()) {
            ctx.err.println("arp: need host name");
            return 255;
        }
        Integer ip = resolve(ctx, a.get(0));
        if (ip == null) return 255;
        if (a.size() < 2) {
            ctx.err.println("arp: need hardware address");
            return 255;
        }
        int haType;
        long ha;
        if (o.useDevice) {
            // arp_getdevhw: SIOCGIFHWADDR of the named device
            DevIoctl.HwAddr h;
            try {
                h = DevIoctl.getHwAddr(ctx.net, a.get(1));
            } catch (KernelException e) {
                ctx.err.println("arp: cant get HW-Address for `" + a.get(1) + "': " + e.errno.text + ".");
                return 255;
            }
            if (o.hwSet && h.type() != (Integer) o.hw[1]) {
                ctx.err.println("arp: protocol type mismatch.");
                return 255;
            }
            haType = h.type();
            ha = h.addr();
        } else {
            Long mac = inEther(a.get(1));
            if (mac == null) {
                ctx.err.println("arp: invalid hardware address");
                return 255;
            }
            haType = (Integer) o.hw[1];
            ha = mac;
        }
        int flags = ArpIoctl.ATF_PERM | ArpIoctl.ATF_COM;
        int netmask = 0;
        String device = o.device;
        for (int i = 2; i < a.size(); i++) {
            switch (a.get(i)) {
                case "temp" -> flags &= ~ArpIoctl.ATF_PERM;
                case "pub" -> flags |= ArpIoctl.ATF_PUBL;
                case "priv" -> flags &= ~ArpIoctl.ATF_PUBL;
                case "trail" -> flags |= ArpIoctl.ATF_USETRAILERS;
                case "dontpub" -> flags |= ArpIoctl.ATF_DONTPUB;
                case "auto" -> flags |= 0x80;
                case "dev" -> {
                    if (++i >= a.size()) return usage(ctx, E_OPTERR);
                    device = a.get(i);
                }
                case "netmask" -> {
                    if (++i >= a.size()) return usage(ctx, E_OPTERR);
                    if (!a.get(i).equals("255.255.255.255")) {
                        Integer m = resolve(ctx, a.get(i));
                        if (m == null) return 255;
                        netmask = m;
                        flags |= ArpIoctl.ATF_NETMASK;
                    }
                }
                default -> {
                    return usage(ctx, E_OPTERR);
                }
            }
        }
        if (o.verbose) ctx.err.println("arp: SIOCSARP()");
        try {
            ArpIoctl.set(ctx.net, new ArpIoctl.ArpReq(ip, haType, ha, flags, netmask, device));
        } catch (KernelException e) {
            ctx.err.println("SIOCSARP: " + e.errno.text);
            return 255;
        }
        return 0;
    }

    /** arp_del: the private entry first, then (or only, with "pub") the published one. */
    private int delete(Ctx ctx, Opts o) {
        List<String> a = o.operands;
        if (a.isEmpty()) {
            ctx.err.println("arp: need host name");
            return 255;
        }
        String host = a.get(0);
        Integer ip = resolve(ctx, host);
        if (ip == null) return 255;
        int haType = o.hwSet ? (Integer) o.hw[1] : 0;
        int reqFlags = ArpIoctl.ATF_PERM;
        int which = 0;
        int netmask = 0;
        String device = o.device;
        for (int i = 1; i < a.size(); i++) {
            String w = a.get(i);
            if (o.verbose) ctx.err.println("args=" + w);
            switch (w) {
                case "pub" -> which |= 1;
                case "priv" -> which |= 2;
                case "temp" -> reqFlags &= ~ArpIoctl.ATF_PERM;
                case "trail" -> reqFlags |= ArpIoctl.ATF_USETRAILERS;
                case "dontpub" -> reqFlags |= ArpIoctl.ATF_DONTPUB;
                case "auto" -> reqFlags |= 0x80;
                case "dev" -> {
                    if (++i >= a.size()) return usage(ctx, E_OPTERR);
                    device = a.get(i);
                }
                case "netmask" -> {
                    if (++i >= a.size()) return usage(ctx, E_OPTERR);
                    if (!a.get(i).equals("255.255.255.255")) {
                        Integer m = resolve(ctx, a.get(i));
                        if (m == null) return 255;
                        netmask = m;
                        reqFlags |= ArpIoctl.ATF_NETMASK;
                    }
                }
                default -> {
                    return usage(ctx, E_OPTERR);
                }
            }
        }
        if (which == 0) which = 3;
        boolean deleted = false;
        if ((which & 2) != 0) {
            if (o.verbose) ctx.err.println("arp: SIOCDARP(dontpub)");
            try {
                ArpIoctl.delete(ctx.net, new ArpIoctl.ArpReq(ip, haType, 0, reqFlags, netmask, device));
                deleted = true;
            } catch (KernelException e) {
                if (e.errno != Errno.ENXIO && e.errno != Errno.ENOENT) {
                    ctx.err.println("SIOCDARP(dontpub): " + e.errno.text);
                    return 255;
                }
                if ((which & 1) == 0) {
                    ctx.out.println("No ARP entry for " + host);
                    return 255;
                }
            }
        }
        if (!deleted && (which & 1) != 0) {
            if (o.verbose) ctx.err.println("arp: SIOCDARP(pub)");
            try {
                ArpIoctl.delete(ctx.net, new ArpIoctl.ArpReq(ip, haType, 0, reqFlags | ArpIoctl.ATF_PUBL, netmask, device));
            } catch (KernelException e) {
                if (e.errno == Errno.ENXIO || e.errno == Errno.ENOENT) {
                    ctx.out.println("No ARP entry for " + host);
                    return 255;
                }
                ctx.err.println("SIOCDARP(pub): " + e.errno.text);
                return 255;
            }
        }
        return 0;
    }

    /** arp_file: the emulated machine has no ethers file, so only the open can be answered. */
    private static int file(Ctx ctx, String name) {
        try {
            ctx.host.vfs().read(ctx.ns(), name);
        } catch (KernelException e) {
            ctx.err.println("arp: cannot open etherfile " + name + " !");
            return 255;
        }
        return 0;
    }
}
