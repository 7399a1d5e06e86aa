package linnet.tools.nettools;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.DevIoctl;
import linnet.kernel.rtnl.LinkInfo;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.wire.Mac;

/**
 * ifconfig(8) of net-tools 2.10: listings (ifconfig.c if_print over lib/interface.c) and
 * configuration through the interface ioctls, one ioctl per keyword, in command-line order.
 */
public final class Ifconfig implements Tool {
    static final int E_OPTERR = 3, E_USAGE = 4;

    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean all = false, brief = false;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-"); i++) {
            switch (args.get(i)) {
                case "-a" -> all = true;
                case "-s" -> brief = true;
                case "-v" -> { }
                case "-h", "-?", "--help" -> throw usage(ctx, E_USAGE);
                default -> {
                    ctx.err.println("ifconfig: option `" + args.get(i) + "' not recognised.");
                    ctx.err.println("ifconfig: `--help' gives usage information.");
                    return 1;
                }
            }
        }
        if (i >= args.size()) return printAll(ctx, all, brief) < 0 ? 1 : 0;
        String name = args.get(i++);
        if (i >= args.size()) return printOne(ctx, name, brief) < 0 ? 1 : 0;
        if (args.get(i).equals("inet")) i++;
        // exit(goterr): a -1 from a failed flag change is status 255.
        return configure(ctx, name, args.subList(i, args.size())) & 0xff;
    }

    static linnet.tools.common.ToolExit usage(Ctx ctx, int rc) {
        ctx.err.print(IfconfigUsage.TEXT);
        return new linnet.tools.common.ToolExit(rc);
    }

    // ------------------------------------------------------------------ listing

    /** if_print(NULL): every name, devices and address labels, sorted as add_interface does. */
    private static int printAll(Ctx ctx, boolean all, boolean brief) {
        List<LinkInfo> links = ctx.host.rtnl().links(ctx.net);
        List<AddrInfo> addrs = ctx.host.rtnl().addrs(ctx.net);
        List<String> names = new ArrayList<>();
        for (LinkInfo l : links) addName(names, l.name());
        for (AddrInfo a : addrs) if (a.family() == AddrInfo.AF_INET) addName(names, a.label());
        StringBuilder sb = new StringBuilder();
        if (brief) sb.append(IfPrinter.SHORT_HEADER);
        int res = 0;
        for (String n : names) {
            Block b = fetch(ctx, n, links, addrs, brief);
            if (b == null) {
                res = -1;
                continue;
            }
            if ((b.flags & Iff.UP) != 0 || all) sb.append(b.text);
        }
        ctx.out.print(sb);
        return res;
    }

    private static void addName(List<String> names, String n) {
        int pos = names.size();
        while (pos > 0 && nstrcmp(names.get(pos - 1), n) > 0) pos--;
        if (pos > 0 && names.get(pos - 1).equals(n)) return;
        names.add(pos, n);
    }

    /** net-tools' nstrcmp: strcmp, except that a differing number compares by value. */
    static int nstrcmp(String a, String b) {
        int i = 0, numStart = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            if (!Character.isDigit(a.charAt(i)) && i + 1 < a.length() && Character.isDigit(a.charAt(i + 1)))
                numStart = i + 1;
            i++;
        }
        if (i == a.length() && i == b.length()) return 0;
        char ca = i < a.length() ? a.charAt(i) : 0, cb = i < b.length() ? b.charAt(i) : 0;
        if (Character.isDigit(ca) && Character.isDigit(cb)) {
            return leadingNumber(a, numStart) > leadingNumber(b, numStart) ? 1 : -1;
        }
        return ca - cb;
    }

    private static long leadingNumber(String s, int from) {
        long v = 0;
        for (int i = from; i < s.length() && Character.isDigit(s.charAt(i)); i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    private static int printOne(Ctx ctx, String name, boolean brief) {
        Block b = fetch(ctx, name, ctx.host.rtnl().links(ctx.net), ctx.host.rtnl().addrs(ctx.net), brief);
        if (b == null) return -1;
        if (brief) ctx.out.print(IfPrinter.SHORT_HEADER);
        ctx.out.print(b.text);
        return 0;
    }

    private record Block(int flags, String text) {}

    /** if_fetch + ife_print: null (after the message) when the device does not exist. */
    private static Block fetch(Ctx ctx, String name, List<LinkInfo> links, List<AddrInfo> addrs, boolean brief) {
        int flags;
        try {
            flags = DevIoctl.getFlags(ctx.net, name);
        } catch (KernelException e) {
            ctx.err.println(name + ": error fetching interface information: Device not found");
            return null;
        }
        int colon = name.indexOf(':');
        String devName = colon >= 0 ? name.substring(0, colon) : name;
        LinkInfo l = null;
        for (LinkInfo x : links) if (x.name().equals(devName)) l = x;
        if (l == null) {
            ctx.err.println(name + ": error fetching interface information: Device not found");
            return null;
        }
        AddrInfo v4 = null;
        List<AddrInfo> v6 = new ArrayList<>();
        for (AddrInfo a : addrs) {
            if (a.ifindex() != l.ifindex()) continue;
            if (a.family() == AddrInfo.AF_INET && v4 == null && name.equals(a.label())) v4 = a;
            if (a.family() == AddrInfo.AF_INET6 && colon < 0) v6.add(a);
        }
        // Only real devices are in /proc/net/dev, so aliases have no counters.
        if (brief) return new Block(flags, IfPrinter.shortRow(name, flags, l, colon < 0));
        return new Block(flags, IfPrinter.block(name, flags, l, v4, v6, colon < 0));
    }

    // ------------------------------------------------------------------ configuration

    private int configure(Ctx ctx, String name, List<String> a) {
        int err = 0;
        int k = 0;
        while (k < a.size()) {
            String w = a.get(k++);
            switch (w) {
                case "up" -> err |= setFlag(ctx, name, Iff.UP | Iff.RUNNING, true);
                case "down" -> err |= setFlag(ctx, name, Iff.UP, false);
                case "arp" -> err |= setFlag(ctx, name, Iff.NOARP, false);
                case "-arp" -> err |= setFlag(ctx, name, Iff.NOARP, true);
                case "promisc" -> err |= setFlag(ctx, name, Iff.PROMISC, true);
                case "-promisc" -> err |= setFlag(ctx, name, Iff.PROMISC, false);
                case "allmulti" -> err |= setFlag(ctx, name, Iff.ALLMULTI, true);
                case "-allmulti" -> err |= setFlag(ctx, name, Iff.ALLMULTI, false);
                case "multicast" -> err |= setFlag(ctx, name, Iff.MULTICAST, true);
                case "mtu" -> {
                    if (k >= a.size()) throw usage(ctx, E_OPTERR);
                    try {
                        DevIoctl.setMtu(ctx.net, name, RouteTool.atoi(a.get(k++)));
                    } catch (KernelException e) {
                        ctx.err.println("SIOCSIFMTU: " + e.errno.text);
                        err = 1;
                    }
                }
                case "txqueuelen" -> {
                    if (k >= a.size()) throw usage(ctx, E_OPTERR);
                    try {
                        DevIoctl.setTxQueueLen(ctx.net, name, RouteTool.atoi(a.get(k++)));
                    } catch (KernelException e) {
                        ctx.err.println("SIOCSIFTXQLEN: " + e.errno.text);
                        err = 1;
                    }
                }
                case "netmask" -> {
                    if (k >= a.size()) throw usage(ctx, E_OPTERR);
                    Integer m = addrOrExit(ctx, a.get(k++));
                    err |= setNetmask(ctx, name, m);
                }
                case "broadcast" -> {
                    if (k < a.size()) {
                        Integer b = addrOrExit(ctx, a.get(k++));
                        try {
                            DevIoctl.setBroadcast(ctx.net, name, b);
                        } catch (KernelException e) {
                            ctx.err.println("SIOCSIFBRDADDR: " + e.errno.text);
                            err = 1;
                        }
                    }
                    err |= setFlag(ctx, name, Iff.BROADCAST, true);
                }
                case "pointopoint", "dstaddr" -> {
                    // SIOCSIFDSTADDR, then IFF_POINTOPOINT on ("pointopoint" with no address only sets the flag).
                    if (k < a.size()) {
                        Integer dst = addrOrExit(ctx, a.get(k++));
                        try {
                            DevIoctl.setDstAddr(ctx.net, name, dst);
                        } catch (KernelException e) {
                            ctx.err.println("SIOCSIFDSTADDR: " + e.errno.text);
                            err = 1;
                        }
                    }
                    if (w.equals("pointopoint")) err |= setFlag(ctx, name, Iff.POINTOPOINT, true);
                }
                case "hw" -> {
                    if (k >= a.size()) throw usage(ctx, E_OPTERR);
                    String type = a.get(k++);
                    if (!type.equals("ether")) throw usage(ctx, E_OPTERR);
                    if (k >= a.size()) throw usage(ctx, E_OPTERR);
                    String text = a.get(k++);
                    long mac;
                    try {
                        mac = Mac.parse(text);
                    } catch (IllegalArgumentException e) {
                        ctx.err.println(text + ": invalid ether address.");
                        err = 1;
                        continue;
                    }
                    try {
                        DevIoctl.setHwAddr(ctx.net, name, mac);
                    } catch (KernelException e) {
                        ctx.err.println("SIOCSIFHWADDR: " + e.errno.text
                                + (e.errno == linnet.kernel.core.Errno.EBUSY ? " - you may need to down the interface" : ""));
                        err = 1;
                    }
                }
                default -> err |= setAddress(ctx, name, w);
            }
        }
        return err;
    }

    /** An address argument, or herror's text and exit 1 (as ifconfig exits at once). */
    private static int addrOrExit(Ctx ctx, String s) {
        Integer v = Inet.resolve(s);
        if (v == null) {
            ctx.err.println(Inet.lookupError(s));
            ctx.err.println("ifconfig: `--help' gives usage information.");
            throw new linnet.tools.common.ToolExit(1);
        }
        return v;
    }

    /** ADDR[/len]: SIOCSIFADDR (classful mask), then the prefix as SIOCSIFNETMASK, then up. */
    private static int setAddress(Ctx ctx, String name, String arg) {
        Integer mask;
        try {
            mask = Inet.prefixMask(arg);
        } catch (IllegalArgumentException e) {
            throw usage(ctx, E_OPTERR);
        }
        int addr = addrOrExit(ctx, Inet.host(arg));
        int err = 0;
        try {
            DevIoctl.setAddr(ctx.net, name, addr);
        } catch (KernelException e) {
            ctx.err.println("SIOCSIFADDR: " + e.errno.text);
            err = 1;
        }
        if (mask != null) err |= setNetmask(ctx, name, mask);
        // An alias set to 0.0.0.0 (or named "...-") is being deleted: no flags then.
        boolean alias = name.indexOf(':') >= 0;
        if (!(alias && (addr == 0 || name.endsWith("-")))) err |= setFlag(ctx, name, Iff.UP | Iff.RUNNING, true);
        return err;
    }

    private static int setNetmask(Ctx ctx, String name, int mask) {
        try {
            DevIoctl.setNetmask(ctx.net, name, mask);
            return 0;
        } catch (KernelException e) {
            ctx.err.println("SIOCSIFNETMASK: " + e.errno.text);
            return 1;
        }
    }

    /** set_flag / clr_flag: read the flags, change the bits, write them back; -1 on failure. */
    private static int setFlag(Ctx ctx, String name, int bits, boolean on) {
        int flags;
        try {
            flags = DevIoctl.getFlags(ctx.net, name);
        } catch (KernelException e) {
            ctx.err.println(name + ": ERROR while getting interface flags: " + e.errno.text);
            return -1;
        }
        try {
            DevIoctl.setFlags(ctx.net, name, on ? flags | bits : flags & ~bits);
        } catch (KernelException e) {
            ctx.err.println("SIOCSIFFLAGS: " + e.errno.text);
            return -1;
        }
        return 0;
    }
}
