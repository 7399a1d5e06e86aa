package linnet.tools.nettools;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * netstat(8) of net-tools 2.10, its statistics mode ({@code -s}, with -t/-u/-w/-S to pick tables
 * and -4/-6/-A to pick the family): the SNMP counters the kernel keeps, printed by
 * {@link NetstatStatistics}. The socket, route, interface and masquerade listings are not
 * emulated: they say so on stderr.
 */
public final class Netstat implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean sta = false, tcp = false, udp = false, udplite = false, raw = false, sctp = false, other = false;
        StringBuilder afname = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String[] af = a.equals("--inet") || a.equals("--ip") ? new String[] {"inet"}
                    : a.equals("--inet6") ? new String[] {"inet6"} : null;
            if (a.startsWith("--")) {
                switch (a) {
                    case "--statistics" -> sta = true;
                    case "--tcp" -> tcp = true;
                    case "--udp" -> udp = true;
                    case "--raw" -> raw = true;
                    case "--sctp" -> sctp = true;
                    case "--udplite" -> udplite = true;
                    default -> {
                        if (af == null) other = true;
                    }
                }
                if (af != null) append(afname, af[0]);
                continue;
            }
            if (!a.startsWith("-") || a.length() < 2) {
                other = true;
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 's' -> sta = true;
                    case 't' -> tcp = true;
                    case 'u' -> udp = true;
                    case 'U' -> udplite = true;
                    case 'w' -> raw = true;
                    case 'S' -> sctp = true;
                    case '4' -> append(afname, "inet");
                    case '6' -> append(afname, "inet6");
                    case 'n', 'N', 'v', 'W', 'e', 'o', 'p', 'a', 'l' -> { }
                    case 'A' -> {
                        String v = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : "");
                        append(afname, v);
                        j = a.length();
                    }
                    default -> other = true;
                }
            }
        }
        if (!sta || other) {
            ctx.err.println("netstat: linnet emulates only the statistics (-s) of net-tools' netstat");
            return 1;
        }
        if (!(tcp || sctp || udp || udplite || raw)) tcp = sctp = udp = raw = true;
        String family = afname.length() == 0 ? "inet" : afname.toString();
        NetstatStatistics st = new NetstatStatistics(raw, tcp, udp, sctp);
        if (family.equals("inet")) {
            // parsesnmp
            String snmp = read(ctx, "/proc/net/snmp");
            if (snmp == null) {
                ctx.err.println("cannot open /proc/net/snmp: No such file or directory");
                return 0;
            }
            st.processFd(snmp, null);
            String netstat = read(ctx, "/proc/net/netstat");
            if (netstat != null) st.processFd(netstat, null);
        } else if (family.equals("inet6")) {
            // parsesnmp6
            String snmp6 = read(ctx, "/proc/net/snmp6");
            if (snmp6 == null) {
                ctx.err.println("cannot open /proc/net/snmp6: No such file or directory");
                return 0;
            }
            st.process6Fd(snmp6);
            String snmp = read(ctx, "/proc/net/snmp");
            if (snmp != null) st.processFd(snmp, "Tcp");
        } else {
            ctx.out.println("netstat: No statistics support for specified address family: " + family);
            return 1;
        }
        ctx.out.print(st.output());
        return 0;
    }

    private static void append(StringBuilder afname, String name) {
        if (afname.length() > 0) afname.append(',');
        afname.append(name);
    }

    private static String read(Ctx ctx, String path) {
        try {
            return ctx.host.vfs().read(ctx.ns(), path);
        } catch (KernelException e) {
            return null;
        }
    }
}
