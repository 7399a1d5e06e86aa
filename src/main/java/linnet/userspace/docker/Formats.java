package linnet.userspace.docker;

import static linnet.userspace.docker.Json.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.wire.Mac;

/** docker ps and docker inspect: docker/cli's formatter/container.go and the Engine API's container JSON. */
final class Formats {
    private Formats() {}

    /** text/tabwriter as docker/cli sets it up: minwidth 10, padding 3, the last column unpadded. */
    static String table(List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] w = new int[cols];
        for (List<String> r : rows) for (int i = 0; i < cols - 1; i++) w[i] = Math.max(w[i], r.get(i).length() + 3);
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = r.get(i);
                line.append(cell);
                if (i < cols - 1) line.append(" ".repeat(Math.max(10, w[i]) - cell.length()));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** go-units HumanDuration. */
    static String human(long ns) {
        long s = ns / 1_000_000_000L;
        if (s < 1) return "Less than a second";
        if (s == 1) return "1 second";
        if (s < 60) return s + " seconds";
        long m = s / 60;
        if (m == 1) return "About a minute";
        if (m < 60) return m + " minutes";
        long h = Math.round(s / 3600.0);
        if (h == 1) return "About an hour";
        if (h < 48) return h + " hours";
        if (h < 24 * 7 * 2) return (h / 24) + " days";
        if (h < 24 * 30 * 2) return (h / 24 / 7) + " weeks";
        if (h < 24 * 365 * 2) return (h / 24 / 30) + " months";
        return (h / 24 / 365) + " years";
    }

    static String status(Dockerd d, Container c) {
        if (c.running) return "Up " + human(d.nowNs() - c.startedAt) + (c.paused ? " (Paused)" : "");
        if (c.status.equals("exited")) return "Exited (" + c.exitCode + ") " + human(d.nowNs() - c.finishedAt) + " ago";
        return "Created";
    }

    static String command(Container c) {
        Images.Image img = Images.get(c.image);
        List<String> full = img.command(c.cmd);
        List<String> q = new ArrayList<>();
        for (String s : full) q.add(s.contains(" ") ? "'" + s + "'" : s);
        return String.join(" ", q);
    }

    /** One entry of the API's container list Ports. */
    private record Port(String ip, int priv, int pub, String type) {}

    /**
     * formatter.DisplayablePorts: the ports sorted (private port, IP, public port, type); a port
     * published on the same number is grouped with its neighbours into ranges per IP and type, one
     * published elsewhere is listed as IP:PUB->PRIV/TYPE after the groups; exposed ports stand bare.
     */
    static String ports(Container c) {
        if (!c.running || c.networkMode.equals("host") || c.networkMode.startsWith("container:")) return "";
        List<Port> ports = new ArrayList<>();
        Images.Image img = Images.get(c.image);
        for (String e : img.exposed()) {
            String[] pp = e.split("/");
            boolean bound = false;
            for (Container.PortBinding b : c.ports) if (b.containerPort() == Integer.parseInt(pp[0]) && b.proto().equals(pp[1])) bound = true;
            if (!bound) ports.add(new Port("", Integer.parseInt(pp[0]), 0, pp[1]));
        }
        for (Container.PortBinding b : c.ports) {
            ports.add(new Port(b.hostIp(), b.containerPort(), b.hostPort(), b.proto()));
            if (b.hostIp().equals("0.0.0.0")) ports.add(new Port("::", b.containerPort(), b.hostPort(), b.proto()));
        }
        ports.sort((x, y) -> x.priv != y.priv ? Integer.compare(x.priv, y.priv) : !x.ip.equals(y.ip) ? x.ip.compareTo(y.ip)
                : x.pub != y.pub ? Integer.compare(x.pub, y.pub) : x.type.compareTo(y.type));
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> result = new ArrayList<>(), hostMappings = new ArrayList<>();
        for (Port p : ports) {
            String key = p.type;
            if (!p.ip.isEmpty()) {
                if (p.pub != p.priv) {
                    hostMappings.add(joinHostPort(p.ip, Integer.toString(p.pub)) + "->" + p.priv + "/" + p.type);
                    continue;
                }
                key = p.ip + "/" + p.type;
            }
            int[] g = groups.get(key);
            if (g == null) {
                groups.put(key, new int[] {p.priv, p.priv});
                continue;
            }
            if (p.priv == g[1] + 1) {
                g[1] = p.priv;
                continue;
            }
            result.add(formGroup(key, g[0], g[1]));
            groups.put(key, new int[] {p.priv, p.priv});
        }
        for (Map.Entry<String, int[]> e : groups.entrySet()) result.add(formGroup(e.getKey(), e.getValue()[0], e.getValue()[1]));
        result.addAll(hostMappings);
        return String.join(", ", result);
    }

    private static String joinHostPort(String ip, String port) { return ip.contains(":") ? "[" + ip + "]:" + port : ip + ":" + port; }

    private static String formGroup(String key, int start, int last) {
        int slash = key.lastIndexOf('/');
        String ip = slash > 0 && key.indexOf('/') != key.length() ? key.substring(0, slash) : "";
        String type = key.substring(slash + 1);
        if (!key.contains("/")) { ip = ""; type = key; }
        String group = start == last ? Integer.toString(start) : start + "-" + last;
        if (!ip.isEmpty()) group = joinHostPort(ip, group) + "->" + group;
        return group + "/" + type;
    }

    static int ps(Ctx ctx, Dockerd d, List<String> a) {
        boolean all = false, quiet = false, noTrunc = false;
        String format = null;
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            switch (s) {
                case "-a", "--all" -> all = true;
                case "-q", "--quiet" -> quiet = true;
                case "-aq", "-qa" -> { all = true; quiet = true; }
                case "--no-trunc" -> noTrunc = true;
                case "--format" -> format = i + 1 < a.size() ? a.get(++i) : "";
                default -> {
                    if (s.startsWith("--format=")) format = s.substring(9);
                    else {
                        ctx.err.println("unknown flag: " + s + "\nSee 'docker ps --help'.");
                        return 125;
                    }
                }
            }
        }
        List<Container> list = new ArrayList<>(d.containers.values());
        java.util.Collections.reverse(list);
        if (!all) list.removeIf(c -> !c.running);
        if (quiet) {
            for (Container c : list) ctx.out.println(noTrunc ? c.id : c.shortId());
            return 0;
        }
        if (format != null && format.startsWith("table")) {
            return table(ctx, format.substring(5).strip(), list, c -> psRow(d, c, false));
        }
        if (format != null) {
            try {
                GoTemplate t = GoTemplate.parse(format);
                for (Container c : list) ctx.out.println(t.execute(psRow(d, c, noTrunc)));
            } catch (GoTemplate.TemplateError e) {
                ctx.err.println(e.getMessage());
                return 1;
            }
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"));
        for (Container c : list) {
            Map<String, Object> r = psRow(d, c, noTrunc);
            rows.add(List.of((String) r.get("ID"), c.image, (String) r.get("Command"), (String) r.get("RunningFor"),
                    (String) r.get("Status"), (String) r.get("Ports"), c.name));
        }
        ctx.out.print(table(rows));
        return 0;
    }

    /** docker/cli's header names of the ps and network ls fields. */
    static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"), Map.entry("Names", "NAMES"),
            Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"), Map.entry("RunningFor", "CREATED"),
            Map.entry("Status", "STATUS"), Map.entry("Ports", "PORTS"), Map.entry("Networks", "NETWORKS"),
            Map.entry("State", "STATE"), Map.entry("CreatedAt", "CREATED AT"), Map.entry("Name", "NAME"),
            Map.entry("Driver", "DRIVER"), Map.entry("Scope", "SCOPE"), Map.entry("Internal", "INTERNAL"),
            Map.entry("IPv6", "IPV6"));

    /**
     * --format 'table ...': the template once with each field replaced by its header, then once per
     * row, through the same tabwriter as the default tables ("\t" in the format separates columns).
     */
    static <T> int table(Ctx ctx, String fmt, List<T> items, java.util.function.Function<T, Map<String, Object>> row) {
        String f = fmt.replace("\\t", "\t");
        try {
            GoTemplate t = GoTemplate.parse(f);
            Map<String, Object> head = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : HEADERS.entrySet()) head.put(e.getKey(), e.getValue());
            if (head.containsKey("ID") && !f.contains(".Names") && f.contains(".Name")) head.put("ID", "NETWORK ID");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.execute(head).split("\t", -1)));
            for (T it : items) rows.add(List.of(t.execute(row.apply(it)).split("\t", -1)));
            ctx.out.print(table(rows));
        } catch (GoTemplate.TemplateError e) {
            ctx.err.println(e.getMessage());
            return 1;
        }
        return 0;
    }

    private static Map<String, Object> psRow(Dockerd d, Container c, boolean noTrunc) {
        String cmd = command(c);
        if (!noTrunc && cmd.length() > 20) cmd = cmd.substring(0, 19) + "…";
        List<String> nets = new ArrayList<>(c.endpoints.keySet());
        if (c.networkMode.equals("host") || c.networkMode.equals("none")) nets = List.of(c.networkMode);
        return obj("ID", noTrunc ? c.id : c.shortId(), "Image", c.image, "Command", "\"" + cmd + "\"",
                "RunningFor", human(d.nowNs() - c.created) + " ago", "Status", status(d, c), "Ports", ports(c), "Names", c.name,
                "State", c.status, "Networks", String.join(",", nets), "CreatedAt", createdAt(c.created));
    }

    static String createdAt(long ns) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'").format(Instant.ofEpochSecond(ns / 1_000_000_000L).atOffset(ZoneOffset.UTC));
    }

    /** RFC 3339 with nanoseconds, as Go's time.Time marshals. */
    static String rfc3339(long ns) {
        if (ns == 0) return "0001-01-01T00:00:00Z";
        Instant t = Instant.ofEpochSecond(ns / 1_000_000_000L, ns % 1_000_000_000L);
        String s = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS").format(t.atOffset(ZoneOffset.UTC));
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s + "Z";
    }

    static int inspect(Ctx ctx, Dockerd d, List<String> a) {
        String format = null, type = null;
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("-f") || s.equals("--format")) format = i + 1 < a.size() ? a.get(++i) : "";
            else if (s.startsWith("--format=")) format = s.substring(9);
            else if (s.equals("--type")) type = a.get(++i);
            else refs.add(s);
        }
        if (refs.isEmpty()) {
            ctx.err.println("docker: 'docker inspect' requires at least 1 argument\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\n"
                    + "See 'docker inspect --help' for more information");
            return 1;
        }
        List<Object> objs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String r : refs) {
            Object o = null;
            if (type == null || type.equals("container")) {
                try {
                    o = containerJson(d, d.container(r));
                } catch (DockerError e) {
                    o = null;
                }
            }
            if (o == null && (type == null || type.equals("network"))) {
                try {
                    o = NetworkCmd.json(d, d.network(r));
                } catch (DockerError e) {
                    o = null;
                }
            }
            if (o == null && (type == null || type.equals("image"))) {
                Images.Image img = Images.find(r);
                if (img != null) o = obj("Id", "sha256:" + img.id(), "RepoTags", List.of(img.name() + ":latest"));
            }
            if (o == null) missing.add(r);
            else objs.add(o);
        }
        int rc = print(ctx, objs, format);
        for (String m : missing) {
            ctx.err.println("Error: No such object: " + m);
            rc = 1;
        }
        return rc;
    }

    /** Prints inspect results: the indented JSON array, or the template once per object. */
    static int print(Ctx ctx, List<Object> objs, String format) {
        if (format == null) {
            ctx.out.println(Json.indent(objs));
            return 0;
        }
        try {
            GoTemplate t = GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
            for (Object o : objs) ctx.out.println(t.execute(o));
        } catch (GoTemplate.TemplateError e) {
            ctx.err.println(e.getMessage());
            return 1;
        }
        return 0;
    }

    static Map<String, Object> containerJson(Dockerd d, Container c) {
        Images.Image img = Images.get(c.image);
        List<String> full = img.command(c.cmd);
        Map<String, Object> portBindings = new java.util.TreeMap<>();
        for (Container.PortBinding b : c.requestedPorts) {
            portBindings.put(b.containerPort() + "/" + b.proto(), List.of(obj("HostIp", b.hostIp().equals("0.0.0.0") ? "" : b.hostIp(),
                    "HostPort", b.hostPort() == 0 ? "" : Integer.toString(b.hostPort()))));
        }
        Map<String, Object> ports = new java.util.TreeMap<>();
        if (c.running && !c.networkMode.equals("host") && !c.networkMode.startsWith("container:")) {
            for (String e : img.exposed()) ports.put(e, null);
            for (Container.PortBinding b : c.ports) {
                List<Object> l = new ArrayList<>();
                l.add(obj("HostIp", b.hostIp(), "HostPort", Integer.toString(b.hostPort())));
                if (b.hostIp().equals("0.0.0.0")) l.add(obj("HostIp", "::", "HostPort", Integer.toString(b.hostPort())));
                ports.put(b.containerPort() + "/" + b.proto(), l);
            }
        }
        Map<String, Object> nets = new java.util.TreeMap<>();
        if (c.networkMode.equals("host") || c.networkMode.equals("none")) {
            Network n = d.networks.get(c.networkMode);
            nets.put(c.networkMode, endpointJson(n, null));
        }
        for (Map.Entry<String, Container.Endpoint> e : c.endpoints.entrySet()) nets.put(e.getKey(), endpointJson(e.getValue().network, e.getValue()));
        Container.Endpoint def = c.endpoints.get("bridge");
        Map<String, Object> exposed = new java.util.TreeMap<>();
        for (String e : img.exposed()) exposed.put(e, obj());
        String hostname = d.hostnameOf(c);
        return obj(
                "Id", c.id,
                "Created", rfc3339(c.created),
                "Path", full.get(0),
                "Args", full.subList(1, full.size()),
                "State", obj("Status", c.paused ? "paused" : c.status, "Running", c.running, "Paused", c.paused, "Restarting", false,
                        "OOMKilled", false, "Dead", false, "Pid", c.running ? c.pid : 0, "ExitCode", c.exitCode, "Error", "",
                        "StartedAt", rfc3339(c.startedAt), "FinishedAt", rfc3339(c.finishedAt)),
                "Image", "sha256:" + img.id(),
                "ResolvConfPath", c.dir() + "/resolv.conf",
                "HostnamePath", c.dir() + "/hostname",
                "HostsPath", c.dir() + "/hosts",
                "LogPath", c.dir() + "/" + c.id + "-json.log",
                "Name", "/" + c.name,
                "RestartCount", c.restartCount,
                "Driver", "overlay2",
                "Platform", "linux",
                "MountLabel", "",
                "ProcessLabel", "",
                "AppArmorProfile", "docker-default",
                "ExecIDs", null,
                "HostConfig", obj("NetworkMode", c.networkMode, "PortBindings", portBindings,
                        "RestartPolicy", obj("Name", "no", "MaximumRetryCount", 0), "AutoRemove", c.autoRemove,
                        "PublishAllPorts", false, "Dns", List.of(), "ExtraHosts", null),
                "Mounts", List.of(),
                "Config", obj("Hostname", hostname, "Domainname", "", "User", "", "AttachStdin", c.interactive,
                        "AttachStdout", !c.interactive, "AttachStderr", !c.interactive, "ExposedPorts", exposed.isEmpty() ? null : exposed,
                        "Tty", c.tty, "OpenStdin", c.interactive, "StdinOnce", false,
                        "Env", List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                        "Cmd", c.cmd.isEmpty() ? img.defaultCmd() : c.cmd, "Image", c.image, "Volumes", null, "WorkingDir", "",
                        "Entrypoint", img.entrypoint().isEmpty() ? null : img.entrypoint(), "OnBuild", null, "Labels", new java.util.TreeMap<>()),
                "NetworkSettings", obj(
                        "Bridge", "",
                        "SandboxID", c.sandboxId == null ? "" : c.sandboxId,
                        "SandboxKey", c.networkMode.equals("host") && c.running ? "/var/run/docker/netns/default"
                                : c.sandboxId == null ? "" : "/var/run/docker/netns/" + c.sandboxId.substring(0, 12),
                        "Ports", ports,
                        "HairpinMode", false,
                        "LinkLocalIPv6Address", "",
                        "LinkLocalIPv6PrefixLen", 0,
                        "SecondaryIPAddresses", null,
                        "SecondaryIPv6Addresses", null,
                        "EndpointID", def == null ? "" : def.id,
                        "Gateway", def == null ? "" : Docker.ip(def.network.gateway),
                        "GlobalIPv6Address", "",
                        "GlobalIPv6PrefixLen", 0,
                        "IPAddress", def == null ? "" : Docker.ip(def.ip),
                        "IPPrefixLen", def == null ? 0 : def.network.subnet.len(),
                        "IPv6Gateway", "",
                        "MacAddress", def == null ? "" : Mac.format(def.mac),
                        "Networks", nets));
    }

    static Map<String, Object> endpointJson(Network n, Container.Endpoint e) {
        return obj("IPAMConfig", null, "Links", null, "Aliases", null,
                "MacAddress", e == null ? "" : Mac.format(e.mac),
                "DriverOpts", null, "GwPriority", 0,
                "NetworkID", n.id,
                "EndpointID", e == null ? "" : e.id,
                "Gateway", e == null ? "" : Docker.ip(n.gateway),
                "IPAddress", e == null ? "" : Docker.ip(e.ip),
                "IPPrefixLen", e == null ? 0 : n.subnet.len(),
                "IPv6Gateway", "", "GlobalIPv6Address", "", "GlobalIPv6PrefixLen", 0,
                "DNSNames", e == null || e.aliases.isEmpty() ? null : new ArrayList<>(e.aliases));
    }
}
