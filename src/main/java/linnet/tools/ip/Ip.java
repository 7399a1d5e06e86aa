package linnet.tools.ip;

import java.util.List;
import linnet.kernel.core.Net;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;

/** ip(8): global options, then the object (ip.c's table-driven dispatch with prefix matching). */
public final class Ip implements Tool {
    @Override
    public int run(Ctx ctx, List<String> argv) {
        try {
            return dispatch(ctx, argv);
        } catch (ToolExit e) {
            return e.status;
        }
    }

    private int dispatch(Ctx ctx, List<String> argv) {
        IpOpts o = new IpOpts();
        Args a = new Args(argv);
        while (a.has() && a.peek().startsWith("-") && a.peek().length() > 1) {
            String opt = a.next();
            if (opt.startsWith("--")) opt = opt.substring(1);
            switch (opt) {
                case "-4" -> o.family = 2;
                case "-6" -> o.family = 10;
                case "-0" -> o.family = 17;
                case "-s", "-stats", "-statistics" -> o.stats++;
                case "-d", "-details" -> o.details++;
                case "-br", "-brief" -> o.brief = true;
                case "-o", "-oneline" -> o.oneline = true;
                case "-j", "-json" -> o.json = true;
                case "-p", "-pretty" -> o.pretty = true;
                case "-all" -> o.all = true;
                case "-n", "-netns" -> {
                    String ns = a.value(ctx);
                    Net n = ctx.host.netns().get(ns);
                    if (n == null) {
                        ctx.err.println("Cannot open network namespace \"" + ns + "\": No such file or directory");
                        return 255;
                    }
                    ctx = ctx.in(n);
                }
                case "-f", "-family" -> {
                    String f = a.value(ctx);
                    o.family = switch (f) {
                        case "inet" -> 2;
                        case "inet6" -> 10;
                        case "link" -> 17;
                        default -> 0;
                    };
                }
                default -> {
                    if (Args.matches(opt, "-help")) return usage(ctx);
                    // matches_color: -c[olor][=always|auto|never]; auto is off (no terminal here).
                    String base = opt.contains("=") ? opt.substring(0, opt.indexOf('=')) : opt;
                    String val = opt.contains("=") ? opt.substring(opt.indexOf('=') + 1) : "";
                    if (Args.matches(base, "-color") && (val.isEmpty() || val.equals("always") || val.equals("auto")
                            || val.equals("never"))) {
                        o.color = val.isEmpty() || val.equals("always");
                        continue;
                    }
                    if (Args.matches(opt, "-Version")) {
                        ctx.out.println("ip utility, iproute2-6.1.0, libbpf 1.1.2");
                        return 0;
                    }
                    ctx.err.println("Option \"" + opt + "\" is unknown, try \"ip -help\".");
                    return 255;
                }
            }
        }
        if (!a.has()) return usage(ctx);
        String obj = a.next();
        List<String> rest = a.rest();
        if (Args.matches(obj, "address")) return new IpAddr(ctx, o).run(rest);
        if (Args.matches(obj, "route")) return new IpRoute(ctx, o).run(rest);
        if (Args.matches(obj, "link")) return new IpLink(ctx, o).run(rest);
        if (Args.matches(obj, "neighbour") || Args.matches(obj, "neighbor")) return new IpNeigh(ctx, o).run(rest);
        if (Args.matches(obj, "netns")) return new IpNetns(ctx, o).run(rest);
        if (Args.matches(obj, "rule")) return new IpRule(ctx, o).run(rest);
        // ip.c's table has "tunnel" and "tunl" before "tuntap" and "tap": "ip tun" is ip tunnel.
        if (!Args.matches(obj, "tunnel") && !Args.matches(obj, "tunl")
                && (Args.matches(obj, "tuntap") || Args.matches(obj, "tap"))) return new IpTuntap(ctx, o).run(rest);
        if (Args.matches(obj, "help")) return usage(ctx);
        ctx.err.println("Object \"" + obj + "\" is unknown, try \"ip help\".");
        return 1;
    }

    private static int usage(Ctx ctx) {
        ctx.err.print("""
                Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
                       ip [ -force ] -batch filename
                where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |
                                   macsec | maddress | monitor | mptcp | mroute | mrule |
                                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                                   ntbl | route | rule | sr | tap | tcpmetrics |
                                   token | tunnel | tuntap | vrf | xfrm }
                       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                                    -4 | -6 | -M | -B | -0 |
                                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                                    -c[olor]}
                """);
        return 255;
    }
}
