package linnet.userspace.docker;

import static linnet.userspace.docker.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;

/** docker network create/ls/inspect/rm/prune/connect/disconnect (cli/command/network). */
final class NetworkCmd {
    private NetworkCmd() {}

    static int run(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        if (a.isEmpty()) {
            ctx.out.println("\nUsage:  docker network COMMAND\n\nManage networks\n");
            return 0;
        }
        String sub = a.get(0);
        List<String> rest = a.subList(1, a.size());
        return switch (sub) {
            case "create" -> create(ctx, d, rest);
            case "ls", "list" -> ls(ctx, d, rest);
            case "inspect" -> inspect(ctx, d, rest);
            case "rm", "remove" -> rm(ctx, d, rest);
            case "prune" -> prune(ctx, d, rest);
            case "connect" -> connect(ctx, d, rest, true);
            case "disconnect" -> connect(ctx, d, rest, false);
            default -> {
                ctx.err.println("docker: unknown command: docker network " + sub + "\n\nRun 'docker network --help' for more information");
                yield 1;
            }
        };
    }

    private static int create(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        String driver = "bridge", subnet = null, gateway = null, name = null;
        boolean internal = false;
        List<String> opts = new ArrayList<>(), labels = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String f = a.get(i), val = null;
            int eq = f.indexOf('=');
            if (f.startsWith("--") && eq > 0) { val = f.substring(eq + 1); f = f.substring(0, eq); }
            switch (f) {
                case "-d", "--driver", "--subnet", "--gateway", "-o", "--opt", "--label", "--ip-range" -> {
                    if (val == null) val = i + 1 < a.size() ? a.get(++i) : "";
                    switch (f) {
                        case "-d", "--driver" -> driver = val;
                        case "--subnet" -> subnet = val;
                        case "--gateway" -> gateway = val;
                        case "-o", "--opt" -> opts.add(val);
                        case "--label" -> labels.add(val);
                        default -> { }
                    }
                }
                case "--internal" -> internal = true;
                case "--attachable", "--ipv4" -> { }
                default -> {
                    if (f.startsWith("-")) {
                        ctx.err.println("unknown flag: " + f + "\nSee 'docker network create --help'.");
                        return 125;
                    }
                    if (name != null) {
                        ctx.err.println("docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\n"
                                + "See 'docker network create --help' for more information");
                        return 1;
                    }
                    name = f;
                }
            }
        }
        if (name == null) {
            ctx.err.println("docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\n"
                    + "See 'docker network create --help' for more information");
            return 1;
        }
        Network n = d.createNetwork(name, driver, subnet, gateway, internal, Docker.kv(opts), Docker.kv(labels));
        ctx.out.println(n.id);
        return 0;
    }

    private static String scope() { return "local"; }

    private static int ls(Ctx ctx, Dockerd d, List<String> a) {
        boolean quiet = a.contains("-q") || a.contains("--quiet"), noTrunc = a.contains("--no-trunc");
        List<Network> list = new ArrayList<>(d.networks.values());
        list.sort((x, y) -> x.name.compareTo(y.name));
        int fi = a.indexOf("--format");
        if (fi >= 0 && fi + 1 < a.size()) {
            String format = a.get(fi + 1);
            java.util.function.Function<Network, Map<String, Object>> row = n -> obj("ID", noTrunc ? n.id : n.id.substring(0, 12),
                    "Name", n.name, "Driver", n.driver, "Scope", "local", "Internal", Boolean.toString(n.internal), "IPv6", "false");
            if (format.startsWith("table")) return Formats.table(ctx, format.substring(5).strip(), list, row);
            try {
                GoTemplate t = GoTemplate.parse(format);
                for (Network n : list) ctx.out.println(t.execute(row.apply(n)));
            } catch (GoTemplate.TemplateError e) {
                ctx.err.println(e.getMessage());
                return 1;
            }
            return 0;
        }
        if (quiet) {
            for (Network n : list) ctx.out.println(noTrunc ? n.id : n.id.substring(0, 12));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NETWORK ID", "NAME", "DRIVER", "SCOPE"));
        for (Network n : list) rows.add(List.of(noTrunc ? n.id : n.id.substring(0, 12), n.name, n.driver, scope()));
        ctx.out.print(Formats.table(rows));
        return 0;
    }

    static Map<String, Object> json(Dockerd d, Network n) {
        List<Object> config = new ArrayList<>();
        if (n.subnet != null) config.add(obj("Subnet", n.subnet.toString(), "Gateway", Docker.ip(n.gateway)));
        Map<String, Object> containers = new java.util.TreeMap<>();
        for (Map.Entry<String, Container.Endpoint> e : n.endpoints.entrySet()) {
            Container c = d.containers.get(e.getKey());
            Container.Endpoint ep = e.getValue();
            containers.put(e.getKey(), obj("Name", c.name, "EndpointID", ep.id, "MacAddress", linnet.wire.Mac.format(ep.mac),
                    "IPv4Address", Docker.ip(ep.ip) + "/" + n.subnet.len(), "IPv6Address", ""));
        }
        // Go maps marshal with their keys sorted
        Map<String, Object> options = new java.util.TreeMap<>(n.options);
        return obj("Name", n.name, "Id", n.id, "Created", Formats.rfc3339(n.created).replace("Z", "Z"), "Scope", "local",
                "Driver", n.driver, "EnableIPv4", true, "EnableIPv6", false,
                "IPAM", obj("Driver", "default", "Options", n.isDefault ? null : obj(), "Config", config),
                "Internal", n.internal, "Attachable", false, "Ingress", false, "ConfigFrom", obj("Network", ""),
                "ConfigOnly", false, "Containers", containers, "Options", options, "Labels", new java.util.TreeMap<>(n.labels));
    }

    private static int inspect(Ctx ctx, Dockerd d, List<String> a) {
        String format = null;
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("-f") || a.get(i).equals("--format")) format = a.get(++i);
            else refs.add(a.get(i));
        }
        if (refs.isEmpty()) {
            ctx.err.println("docker: 'docker network inspect' requires at least 1 argument\n\nUsage:  docker network inspect [OPTIONS] NETWORK [NETWORK...]\n\n"
                    + "See 'docker network inspect --help' for more information");
            return 1;
        }
        List<Object> objs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String r : refs) {
            try {
                objs.add(json(d, d.network(r)));
            } catch (DockerError e) {
                missing.add(r);
            }
        }
        int rc = Formats.print(ctx, objs, format);
        for (String m : missing) {
            ctx.err.println("Error response from daemon: network " + m + " not found");
            rc = 1;
        }
        return rc;
    }

    private static int rm(Ctx ctx, Dockerd d, List<String> a) {
        List<String> errs = new ArrayList<>();
        for (String r : a) {
            if (r.startsWith("-")) continue;
            try {
                d.removeNetwork(d.network(r));
                ctx.out.println(r);
            } catch (DockerError e) {
                errs.add("Error response from daemon: " + e.getMessage());
            }
        }
        for (String e : errs) ctx.err.println(e);
        return errs.isEmpty() ? 0 : 1;
    }

    private static int prune(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        if (!a.contains("-f") && !a.contains("--force")) {
            ctx.out.print("WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ");
            String answer = ctx.stdin() == null ? "" : new String(ctx.stdin(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!answer.equalsIgnoreCase("y") && !answer.equalsIgnoreCase("yes")) {
                ctx.out.println();
                return 0;
            }
        }
        List<String> removed = new ArrayList<>();
        for (Network n : new ArrayList<>(d.networks.values())) {
            if (n.isDefault || n.name.equals("host") || n.name.equals("none") || !n.endpoints.isEmpty()) continue;
            d.removeNetwork(n);
            removed.add(n.name);
        }
        if (!removed.isEmpty()) {
            ctx.out.println("Deleted Networks:");
            // the daemon answers in its map's order; the CLI prints them as they come
            for (String r : removed) ctx.out.println(r);
        }
        return 0;
    }

    private static int connect(Ctx ctx, Dockerd d, List<String> a, boolean connect) throws DockerError {
        String ip = null;
        boolean force = false;
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("--ip")) ip = a.get(++i);
            else if (a.get(i).startsWith("--ip=")) ip = a.get(i).substring(5);
            else if (a.get(i).equals("-f") || a.get(i).equals("--force")) force = true;
            else if (a.get(i).equals("--alias")) i++;
            else pos.add(a.get(i));
        }
        String verb = connect ? "connect" : "disconnect";
        if (pos.size() != 2) {
            ctx.err.println("docker: 'docker network " + verb + "' requires 2 arguments\n\nUsage:  docker network " + verb
                    + " [OPTIONS] NETWORK CONTAINER\n\nSee 'docker network " + verb + " --help' for more information");
            return 1;
        }
        Network n = d.network(pos.get(0));
        Container c = d.container(pos.get(1));
        if (!connect) {
            if (!c.endpoints.containsKey(n.name)) {
                throw new DockerError(403, "container " + c.id + " is not connected to network " + n.name);
            }
            d.disconnect(c, n);
            return 0;
        }
        if (c.networkMode.equals("host") || c.networkMode.equals("none") || c.networkMode.startsWith("container:"))
            throw new DockerError(403, "container sharing network namespace with another container or host cannot be connected to any other network");
        if (!c.running) {
            // a stopped container is connected when it starts; the daemon records the wish
            throw new DockerError(409, "container " + c.id + " is not running");
        }
        int want = 0;
        if (ip != null) {
            Integer v = linnet.tools.common.Resolver.inetAton(ip);
            if (v == null) throw new DockerError(400, "invalid IPv4 address: " + ip);
            want = v;
        }
        try {
            d.connect(c, n, want);
        } catch (KernelException e) {
            throw new DockerError(500, e.errno.text);
        }
        return 0;
    }
}
