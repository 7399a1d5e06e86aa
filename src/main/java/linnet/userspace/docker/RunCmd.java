package linnet.userspace.docker;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;

/** docker run / docker create: the flags of cli/command/container/opts.go that concern the network. */
final class RunCmd {
    private final Ctx ctx;
    private final Dockerd d;
    private final boolean run;

    RunCmd(Ctx ctx, Dockerd d, boolean run) {
        this.ctx = ctx;
        this.d = d;
        this.run = run;
    }

    private String cmdName() { return run ? "run" : "create"; }

    /** withHelp: "docker: ERR\n\nRun 'docker run --help' for more information", status 125. */
    private int fail(String msg) {
        ctx.err.println("docker: " + msg + "\n\nRun 'docker " + cmdName() + " --help' for more information");
        return 125;
    }

    int run(List<String> a) {
        boolean detach = false, rm = false, tty = false, interactive = false, publishAll = false;
        String name = null, network = "default", hostname = null, ip = null;
        List<String> publish = new ArrayList<>(), dns = new ArrayList<>();
        int i = 0;
        for (; i < a.size(); i++) {
            String f = a.get(i);
            if (!f.startsWith("-") || f.equals("-")) break;
            String val = null;
            int eq = f.indexOf('=');
            if (f.startsWith("--") && eq > 0) {
                val = f.substring(eq + 1);
                f = f.substring(0, eq);
            }
            switch (f) {
                case "-d", "--detach" -> detach = true;
                case "--rm" -> rm = true;
                case "-t", "--tty" -> tty = true;
                case "-i", "--interactive" -> interactive = true;
                case "-it", "-ti" -> { tty = true; interactive = true; }
                case "-dit", "-itd", "-idt", "-td", "-dt" -> { detach = true; tty = true; interactive = f.contains("i"); }
                case "-P", "--publish-all" -> publishAll = true;
                case "--name", "-p", "--publish", "--network", "--net", "--ip", "-h", "--hostname", "--dns", "-e", "--env",
                     "--restart", "-v", "--volume", "-w", "--workdir", "--entrypoint", "--mac-address", "-u", "--user" -> {
                    if (val == null) {
                        if (i + 1 >= a.size()) return fail("flag needs an argument: '" + f.replaceFirst("^-+", "") + "' in " + f);
                        val = a.get(++i);
                    }
                    switch (f) {
                        case "--name" -> name = val;
                        case "-p", "--publish" -> publish.add(val);
                        case "--network", "--net" -> network = val;
                        case "--ip" -> ip = val;
                        case "-h", "--hostname" -> hostname = val;
                        case "--dns" -> dns.add(val);
                        default -> { }
                    }
                }
                default -> {
                    ctx.err.println("unknown flag: " + f + "\nSee 'docker " + cmdName() + " --help'.");
                    return 125;
                }
            }
        }
        if (i >= a.size()) {
            ctx.err.println("docker: 'docker " + cmdName() + "' requires at least 1 argument\n\nUsage:  docker " + cmdName()
                    + " [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker " + cmdName() + " --help' for more information");
            return 1;
        }
        String image = a.get(i);
        List<String> cmd = new ArrayList<>(a.subList(i + 1, a.size()));
        if (rm && detach && false) return 0;
        if (!Images.validReference(image)) {
            if (!image.equals(image.toLowerCase(java.util.Locale.ROOT)) && Images.validReference(image.toLowerCase(java.util.Locale.ROOT))) {
                String repo = image.contains(":") ? image.substring(0, image.indexOf(':')) : image;
                return fail("invalid reference format: repository name (" + (repo.contains("/") ? repo : "library/" + repo)
                        + ") must be lowercase");
            }
            return fail("invalid reference format");
        }
        Images.Image img = Images.find(image);
        String tag = image.contains(":") ? "" : ":latest";
        if (img == null) {
            ctx.err.println("Unable to find image '" + image + tag + "' locally");
            String repo = image.contains(":") ? image.substring(0, image.indexOf(':')) : image;
            return fail("Error response from daemon: pull access denied for " + repo
                    + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
        }
        List<Container.PortBinding> ports = new ArrayList<>();
        for (String p : publish) {
            Container.PortBinding b = parsePort(p);
            if (b == null) return fail(portError(p));
            ports.add(b);
        }
        if (publishAll) {
            for (String e : img.exposed()) {
                String[] pp = e.split("/");
                ports.add(new Container.PortBinding(pp[1], Integer.parseInt(pp[0]), "0.0.0.0", 0));
            }
        }
        if (network.equals("host") && !publish.isEmpty()) {
            ctx.err.println("WARNING: Published ports are discarded when using host network mode");
        }
        int ipAddr = 0;
        if (ip != null) {
            Integer v = linnet.tools.common.Resolver.inetAton(ip);
            if (v == null || ip.split("\\.").length != 4) return fail("invalid argument \"" + ip + "\" for \"--ip\" flag: invalid string being converted to IP address: " + ip);
            ipAddr = v;
        }
        Container c;
        try {
            c = d.create(name, image, cmd, network.equals("bridge") ? "default" : network, hostname, ipAddr, ports, rm, tty, interactive);
        } catch (DockerError e) {
            return fail("Error response from daemon: " + e.getMessage());
        }
        for (String ns : dns) {
            Integer v = linnet.tools.common.Resolver.inetAton(ns);
            if (v == null || ns.split("\\.").length != 4) {
                d.containers.remove(c.id);
                return fail("" + ns + " is not an ip address");
            }
        }
        c.dns.addAll(dns);
        if (!run) {
            ctx.out.println(c.id);
            return 0;
        }
        // a command the image does not have fails at start, as runc's exec does
        Ctx probe = ctx.in(d.root);
        List<String> argv = img.command(cmd);
        String prog = cmd.isEmpty() ? null : cmd.get(0);
        if (prog != null && img.server() == null && probe.exec.programPath(probe, prog) == null && !isBuiltin(prog)) {
            c.status = "created";
            d.containers.get(c.id).exitCode = 127;
            return failStart(c, "failed to create task for container: failed to create shim task: OCI runtime create failed: "
                    + "runc create failed: unable to start container process: error during container init: exec: \"" + prog
                    + "\": executable file not found in $PATH: unknown", 127);
        }
        try {
            if (detach) {
                d.start(c, null, true);
                ctx.out.println(c.id);
                return 0;
            }
            d.start(c, ctx.out, ctx.err, false, ctx);
            return c.exitCode;
        } catch (DockerError e) {
            return failStart(c, e.getMessage(), 125);
        }
    }

    private static boolean isBuiltin(String p) {
        String b = p.substring(p.lastIndexOf('/') + 1);
        return b.equals("nginx") || b.equals("httpd-foreground") || b.equals("redis-server") || b.equals("python")
                || b.equals("python3");
    }

    private int failStart(Container c, String msg, int status) {
        ctx.err.println("docker: Error response from daemon: " + msg + "\n\nRun 'docker run --help' for more information");
        if (c.autoRemove) d.containers.remove(c.id);
        return status;
    }

    /** nat.ParsePortSpec: [ip:][hostPort:]containerPort[/proto]. */
    static Container.PortBinding parsePort(String spec) {
        String proto = "tcp";
        int slash = spec.lastIndexOf('/');
        String s = spec;
        if (slash >= 0) {
            proto = spec.substring(slash + 1);
            s = spec.substring(0, slash);
            if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) return null;
        }
        String[] parts = s.split(":", -1);
        String hostIp = "0.0.0.0", hostPort = "", ctrPort;
        if (parts.length == 1) ctrPort = parts[0];
        else if (parts.length == 2) { hostPort = parts[0]; ctrPort = parts[1]; }
        else if (parts.length == 3) { hostIp = parts[0].isEmpty() ? "0.0.0.0" : parts[0]; hostPort = parts[1]; ctrPort = parts[2]; }
        else return null;
        if (linnet.tools.common.Resolver.inetAton(hostIp) == null) return null;
        try {
            int cp = Integer.parseInt(ctrPort);
            int hp = hostPort.isEmpty() ? 0 : Integer.parseInt(hostPort);
            if (cp < 1 || cp > 65535 || hp < 0 || hp > 65535) return null;
            return new Container.PortBinding(proto, cp, hostIp, hp);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String portError(String spec) {
        String s = spec.contains("/") ? spec.substring(0, spec.lastIndexOf('/')) : spec;
        String[] parts = s.split(":", -1);
        String ctr = parts[parts.length - 1];
        if (spec.contains("/")) {
            String proto = spec.substring(spec.lastIndexOf('/') + 1);
            if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) return "invalid proto: " + proto;
        }
        try {
            Integer.parseInt(ctr);
        } catch (NumberFormatException e) {
            return "invalid containerPort: " + ctr;
        }
        if (parts.length >= 2) return "invalid hostPort: " + parts[parts.length - 2];
        return "invalid port: " + spec;
    }
}
