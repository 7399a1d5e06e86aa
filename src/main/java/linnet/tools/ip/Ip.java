package linnet.tools.ip;

import java.util.List;
import linnet.kernel.core.Net;
import linnet.tools.common.Args;
import linnet.tools.common.Batch;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;

/** ip(8): global options, then the object (ip.c's table-driven dispatch with prefix matching). */
public final class Ip implements Tool {
    @FunctionalInterface
    interface ObjRun {
        int run(Ctx ctx, IpOpts o, List<String> rest);
    }

    /** One entry of ip.c's object table; run is null for an object linnet does not emulate. */
    record Obj(String name, ObjRun run) {}

    /**
     * ip.c's table in its order, which decides a prefix: "ip tun" is ip tunnel (not emulated,
     * so unknown here), "ip tunt" ip tuntap.
     */
    static final List<Obj> OBJECTS = List.of(
            new Obj("address", (c, o, r) -> new IpAddr(c, o).run(r)),
            new Obj("route", (c, o, r) -> new IpRoute(c, o).run(r)),
            new Obj("link", (c, o, r) -> new IpLink(c, o).run(r)),
            new Obj("neighbour", (c, o, r) -> new IpNeigh(c, o).run(r)),
            new Obj("neighbor", (c, o, r) -> new IpNeigh(c, o).run(r)),
            new Obj("netns", (c, o, r) -> new IpNetns(c, o).run(r)),
            new Obj("rule", (c, o, r) -> new IpRule(c, o).run(r)),
            new Obj("tunnel", null),
            new Obj("tunl", null),
            new Obj("tuntap", (c, o, r) -> new IpTuntap(c, o).run(r)),
            new Obj("tap", (c, o, r) -> new IpTuntap(c, o).run(r)));

    @Override
    public int run(Ctx ctx, List<String> argv) {
        try {
            return dispatch(ctx, argv);
        } catch (ToolExit e) {
            return e.status;
        }
    }

    /** The global options dispatch() takes, in their long spellings (for the shell's completion). */
    static final List<String> OPTIONS = List.of("-4", "-6", "-0", "-statistics", "-details", "-brief", "-oneline",
            "-json", "-pretty", "-all", "-netns", "-family", "-color", "-Version", "-help", "-force", "-batch", "-Numeric");

    private int dispatch(Ctx ctx, List<String> argv) {
        IpOpts o = new IpOpts();
        Args a = new Args(argv);
        boolean force = false;
        String batchFile = null;
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
                    Ctx in = linnet.tools.common.NetnsSwitch.enter(ctx, a.value(ctx));
                    if (in == null) return 255;
                    ctx = in;
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
                    // ip.c's order: -family, then -force, then -batch before -brief ("-b" is -batch)
                    if (Args.matches(opt, "-force")) {
                        force = true;
                        continue;
                    }
                    if (Args.matches(opt, "-batch")) {
                        if (!a.has()) return usage(ctx);
                        batchFile = a.next();
                        continue;
                    }
                    if (Args.matches(opt, "-help")) return usage(ctx);
                    if (Args.matches(opt, "-Numeric")) {
                        o.numeric = true;
                        continue;
                    }
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
        // the names are read from the files as this process sees them, after -netns switched
        o.names = new RtNames(ctx, o.numeric);
        // with a batch file the words after the options are not looked at
        if (batchFile != null) {
            Ctx in = ctx;
            o.strictDump = false;
            return Batch.run(ctx, batchFile, force, line -> {
                IpOpts each = o.copy();
                Args la = new Args(line);
                return object(in, each, la.next(), la.rest());
            });
        }
        if (!a.has()) return usage(ctx);
        return object(ctx, o, a.next(), a.rest());
    }

    /** do_cmd: the first object the word is a prefix of; an unknown one is status 1 (a failed batch line). */
    private static int object(Ctx ctx, IpOpts o, String obj, List<String> rest) {
        for (Obj ob : OBJECTS) {
            if (!Args.matches(obj, ob.name)) continue;
            if (ob.run == null) break; // an object of ip(8) that is not emulated: unknown here
            return ob.run.run(ctx, o, rest);
        }
        if (Args.matches(obj, "help")) return usage(ctx);
        ctx.err.println("Object \"" + obj + "\" is unknown, try \"ip help\".");
        return 1;
    }

    /** usage(): exit(-1), also from inside a batch. */
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
        throw new ToolExit(255);
    }
}
