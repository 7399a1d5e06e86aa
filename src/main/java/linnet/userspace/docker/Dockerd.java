package linnet.userspace.docker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.fs.Nsproxy;
import linnet.kernel.ipv4.Fib;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.kernel.rtnl.LinkChange;
import linnet.kernel.rtnl.RouteRequest;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;
import linnet.wire.Inet4;

/**
 * dockerd, Docker Engine 28.2.2, as far as a host's network sees it: a user-space program that
 * reaches the kernel only through its doors (rtnetlink for links, addresses and routes, files
 * under /proc/sys, the iptables program, sockets for docker-proxy). One daemon per machine,
 * started by the first docker command, as socket activation of docker.service would.
 * See docs/docker.md for the sources each step follows.
 */
public final class Dockerd {
    public static final String VERSION = "28.2.2", API_VERSION = "1.50", GO_VERSION = "go1.24.3", GIT_COMMIT = "e6534b4";

    private static final Map<Kernel, Dockerd> DAEMONS = new WeakHashMap<>();

    final Ctx ctx;
    final Kernel kernel;
    final Net root;
    final Iptabler ipt;
    /** Networks by name, in creation order. */
    final Map<String, Network> networks = new LinkedHashMap<>();
    /** Containers by id, in creation order. */
    final Map<String, Container> containers = new LinkedHashMap<>();
    /** Host ports taken by published ports: "tcp/0.0.0.0/8080". */
    final Map<String, String> allocatedPorts = new LinkedHashMap<>();

    private Dockerd(Ctx c) {
        this.kernel = c.host.kernel();
        this.root = kernel.initNet();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true);
        // the daemon is its own process in the root namespace, with no terminal and no shell around it
        this.ctx = new Ctx(c.host, root, root, sink, sink, c.exec, null, "/", Ctx.DEFAULT_ENV,
                c.host.pids().fork(c.host.pids().init(), "dockerd"));
        this.ipt = new Iptabler(ctx);
    }

    /**
     * The network namespaces of the machine's containers by container name, for tools that name
     * namespaces (linnet trace): empty where no daemon runs. The host's own namespace is left out.
     */
    public static synchronized Map<Net, String> sandboxes(Kernel kernel) {
        Dockerd d = DAEMONS.get(kernel);
        Map<Net, String> out = new java.util.IdentityHashMap<>();
        if (d == null) return out;
        for (Container c : d.containers.values())
            if (c.net != null && c.net != d.root) out.putIfAbsent(c.net, c.name);
        return out;
    }

    /** The machine's daemon, started on first use. */
    public static synchronized Dockerd of(Ctx c) {
        Dockerd d = DAEMONS.get(c.host.kernel());
        if (d == null) {
            d = new Dockerd(c);
            DAEMONS.put(c.host.kernel(), d);
            d.start();
        }
        return d;
    }

    long nowS() { return linnet.kernel.core.Realtime.ns(kernel.loop.now()) / 1_000_000_000L; }

    long nowNs() { return linnet.kernel.core.Realtime.ns(kernel.loop.now()); }

    /** A 64-hex id from the machine's seeded generator (stringid.GenerateRandomID). */
    String randomId() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 64) sb.append(String.format("%016x", kernel.rng.nextLong()));
        String s = sb.substring(0, 64);
        // stringid refuses ids that look like numbers in their short form
        return s.substring(0, 12).chars().allMatch(Character::isDigit) ? randomId() : s;
    }

    /** Docker's GenerateRandomMAC: random, unicast, locally administered. */
    long randomMac() { return kernel.rng.randomMac(); }

    // ------------------------------------------------------------------ start

    private void start() {
        // bridge driver configure(): the firewaller's chains, then the controller's DOCKER-USER
        ipt.setupChains();
        ipt.setupUserChain();
        // daemon initNetworkController: the predefined networks none, host, then bridge (docker0)
        networks.put("none", new Network(randomId(), "none", "null", nowNs(), null, 0, false, false, null));
        networks.put("host", new Network(randomId(), "host", "host", nowNs(), null, 0, false, false, null));
        Network bridge = new Network(randomId(), "bridge", "bridge", nowNs(), new Ipam.Prefix(0xac110000, 16), 0xac110001,
                false, true, "docker0");
        bridge.options.put("com.docker.network.bridge.default_bridge", "true");
        bridge.options.put("com.docker.network.bridge.enable_icc", "true");
        bridge.options.put("com.docker.network.bridge.enable_ip_masquerade", "true");
        bridge.options.put("com.docker.network.bridge.host_binding_ipv4", "0.0.0.0");
        bridge.options.put("com.docker.network.bridge.name", "docker0");
        bridge.options.put("com.docker.network.driver.mtu", "1500");
        try {
            setupBridge(bridge);
        } catch (KernelException e) {
            throw new IllegalStateException("dockerd: docker0: " + e.getMessage(), e);
        }
        networks.put("bridge", bridge);
    }

    /**
     * The bridge driver's createNetwork steps (bridge_linux.go): setupDevice (a random MAC),
     * setupDefaultSysctl (accept_ra 0), setupBridgeIPv4, setupIPv4Forwarding (and FORWARD DROP
     * when it turned forwarding on), the firewaller's network rules, setupDeviceUp.
     */
    void setupBridge(Network n) throws KernelException {
        if (ctx.host.rtnl().kernel.initNet().byName(n.bridge) == null) {
            ctx.host.rtnl().bridge.newBridge(root, n.bridge, linnet.kernel.bridge.BridgeOpts.NONE,
                    new LinkAttrs(null, randomMac(), null));
            writeSysctl("/proc/sys/net/ipv6/conf/" + n.bridge + "/accept_ra", "0\n");
        }
        // the netlink library fills in the broadcast address of an IPv4 address it adds
        ctx.host.rtnl().newAddr(root, n.bridge, n.gateway, n.gateway, n.subnet.len(), n.subnet.broadcast(), null, 0, 0, true);
        String fwd = readSysctl("/proc/sys/net/ipv4/ip_forward");
        if (!fwd.startsWith("1")) {
            writeSysctl("/proc/sys/net/ipv4/ip_forward", "1\n");
            ipt.forwardDrop();
        }
        ipt.network(n.bridge, n.subnet.toString(), n.internal, true);
        ctx.host.rtnl().setLink(root, n.bridge, new LinkChange(true, null, null, null, null, null));
    }

    String readSysctl(String path) {
        try {
            return ctx.host.vfs().read(Nsproxy.of(root), path);
        } catch (KernelException e) {
            return "";
        }
    }

    void writeSysctl(String path, String v) {
        try {
            ctx.host.vfs().write(Nsproxy.of(root), path, v);
        } catch (KernelException e) {
            // the daemon logs it and goes on, as setupDefaultSysctl does
        }
    }

    // ------------------------------------------------------------------ lookups

    /** A container by full id, name (with or without '/'), or unique id prefix. */
    Container container(String ref) throws DockerError {
        if (ref.isEmpty()) throw DockerError.noSuchContainer(ref);
        Container c = containers.get(ref);
        if (c != null) return c;
        String name = ref.startsWith("/") ? ref.substring(1) : ref;
        for (Container x : containers.values()) if (x.name.equals(name)) return x;
        List<Container> byPrefix = new ArrayList<>();
        for (Container x : containers.values()) if (x.id.startsWith(ref)) byPrefix.add(x);
        if (byPrefix.size() == 1) return byPrefix.get(0);
        if (byPrefix.size() > 1) throw new DockerError(400, "multiple IDs found with provided prefix: " + ref);
        throw DockerError.noSuchContainer(ref);
    }

    /** A network by full id, name, or id prefix (libnetwork's lookup order). */
    Network network(String ref) throws DockerError {
        for (Network n : networks.values()) if (n.id.equals(ref)) return n;
        Network n = networks.get(ref);
        if (n != null) return n;
        List<Network> byPrefix = new ArrayList<>();
        for (Network x : networks.values()) if (x.id.startsWith(ref)) byPrefix.add(x);
        if (byPrefix.size() == 1) return byPrefix.get(0);
        throw DockerError.noSuchNetwork(ref);
    }

    // ------------------------------------------------------------------ networks

    Network createNetwork(String name, String driver, String subnetArg, String gatewayArg, boolean internal,
                          Map<String, String> opts, Map<String, String> labels) throws DockerError {
        if (networks.containsKey(name)) throw new DockerError(409, "network with name " + name + " already exists");
        if (!driver.equals("bridge")) {
            if (driver.equals("host") || driver.equals("null"))
                throw new DockerError(403, "only one instance of \"" + driver + "\" network is allowed");
            throw new DockerError(404, "plugin \"" + driver + "\" not found");
        }
        List<Ipam.Prefix> taken = new ArrayList<>();
        for (Network n : networks.values()) if (n.subnet != null) taken.add(n.subnet);
        Ipam.Prefix subnet;
        if (subnetArg != null) {
            subnet = Ipam.Prefix.parse(subnetArg);
            if (subnet == null) throw new DockerError(400, "invalid CIDR address: " + subnetArg);
            for (Ipam.Prefix t : taken) {
                if (t.overlaps(subnet)) throw new DockerError(403, "invalid pool request: Pool overlaps with other one on this address space");
            }
        } else {
            if (gatewayArg != null) throw new DockerError(400, "every ip-range or gateway must have a corresponding subnet");
            subnet = Ipam.nextSubnet(taken);
            if (subnet == null) throw new DockerError(400, "all predefined address pools have been fully subnetted");
        }
        int gw;
        if (gatewayArg != null) {
            Integer g = linnet.tools.common.Resolver.inetAton(gatewayArg);
            if (g == null || gatewayArg.split("\\.").length != 4) throw new DockerError(400, "invalid gateway address " + gatewayArg);
            if (!subnet.contains(g))
                throw new DockerError(403, "failed to allocate gateway (" + gatewayArg + "): Address not in subnet");
            gw = g;
        } else {
            gw = Ipam.nextAddress(subnet, List.of());
        }
        String id = randomId();
        String br = opts.getOrDefault("com.docker.network.bridge.name", "br-" + id.substring(0, 12));
        for (Network n : networks.values()) {
            if (br.equals(n.bridge)) throw new DockerError(403, "bridge name " + br + " is already in use");
        }
        Network n = new Network(id, name, driver, nowNs(), subnet, gw, internal, false, br);
        n.options.putAll(opts);
        n.labels.putAll(labels);
        try {
            setupBridge(n);
        } catch (KernelException e) {
            throw new DockerError(500, "failed to create bridge " + br + " via netlink: " + e.errno.text);
        }
        networks.put(name, n);
        return n;
    }

    void removeNetwork(Network n) throws DockerError {
        if (n.name.equals("bridge") || n.name.equals("host") || n.name.equals("none"))
            throw new DockerError(403, n.name + " is a pre-defined network and cannot be removed");
        if (!n.endpoints.isEmpty()) {
            throw new DockerError(403, "error while removing network: network " + n.name + " has active endpoints ("
                    + String.join(", ", activeEndpointNames(n)) + ")");
        }
        ipt.network(n.bridge, n.subnet.toString(), n.internal, false);
        try {
            ctx.host.rtnl().delLink(root, n.bridge);
        } catch (KernelException e) {
            // already gone
        }
        networks.remove(n.name);
    }

    /** ActiveEndpointsError: every endpoint as name:"..." id:"SHORT", joined by ", ". */
    private List<String> activeEndpointNames(Network n) {
        List<String> l = new ArrayList<>();
        for (Map.Entry<String, Container.Endpoint> e : n.endpoints.entrySet()) {
            l.add("name:\"" + containers.get(e.getKey()).name + "\" id:\"" + e.getValue().id.substring(0, 12) + "\"");
        }
        return l;
    }

    // ------------------------------------------------------------------ containers

    /** Names: the moby-style generator is replaced by adjective_surname pairs from the seeded RNG. */
    String generateName() {
        String[] left = {"admiring", "brave", "clever", "dazzling", "eager", "festive", "gallant", "happy", "jolly",
            "keen", "loving", "modest", "nifty", "optimistic", "peaceful", "quirky", "relaxed", "stoic", "trusting", "vibrant"};
        String[] right = {"archimedes", "babbage", "curie", "darwin", "euler", "feynman", "galileo", "hopper", "joliot",
            "kepler", "lovelace", "mendel", "noether", "pasteur", "ritchie", "shannon", "torvalds", "turing", "wozniak", "yalow"};
        while (true) {
            String n = left[kernel.rng.nextInt(left.length)] + "_" + right[kernel.rng.nextInt(right.length)];
            boolean used = false;
            for (Container c : containers.values()) if (c.name.equals(n)) used = true;
            if (!used) return n;
        }
    }

    Container create(String name, String image, List<String> cmd, String networkMode, String hostname, int ip,
                     List<Container.PortBinding> ports, boolean rm, boolean tty, boolean interactive) throws DockerError {
        if (name != null) {
            if (!name.matches("/?[a-zA-Z0-9][a-zA-Z0-9_.-]*"))
                throw new DockerError(400, "Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
            String bare = name.startsWith("/") ? name.substring(1) : name;
            for (Container c : containers.values()) {
                if (c.name.equals(bare)) throw new DockerError(409, "Conflict. The container name \"/" + bare
                        + "\" is already in use by container \"" + c.id
                        + "\". You have to remove (or rename) that container to be able to reuse that name.");
            }
            name = bare;
        }
        if (networkMode.startsWith("container:")) {
            Container other = container(networkMode.substring("container:".length()));
            if (!ports.isEmpty()) throw new DockerError(400, "conflicting options: port publishing and the container type network mode");
            if (hostname != null) throw new DockerError(400, "conflicting options: hostname and the network mode");
            networkMode = "container:" + other.id;
        } else if (!networkMode.equals("host") && !networkMode.equals("none") && !networkMode.equals("default")) {
            network(networkMode);
        }
        if (networkMode.equals("host") && !ports.isEmpty()) {
            // the daemon drops published ports in host mode (the CLI warns)
            ports = List.of();
        }
        if (ip != 0) {
            Network n = networkMode.equals("default") || networkMode.equals("bridge") ? networks.get("bridge") : networks.get(networkMode);
            if (n == null || n.isDefault) throw new DockerError(400, "user specified IP address is supported on user defined networks only");
        }
        String id = randomId();
        Container c = new Container(id, name != null ? name : generateName(), image, cmd,
                networkMode.equals("default") ? "bridge" : networkMode, hostname, ip, ports, rm, tty, interactive, nowNs());
        containers.put(id, c);
        return c;
    }

    /** daemon.containerStart: the sandbox, its endpoints and ports, then the process. */
    void start(Container c, PrintStream attachOut, boolean detach) throws DockerError { start(c, attachOut, null, detach); }

    void start(Container c, PrintStream attachOut, PrintStream attachErr, boolean detach) throws DockerError {
        start(c, attachOut, attachErr, detach, null);
    }

    /** {@code stdin}: with -i in the foreground, the caller's standard input (and terminal) become the container's. */
    void start(Container c, PrintStream attachOut, PrintStream attachErr, boolean detach, Ctx stdin) throws DockerError {
        if (c.running) return;
        Images.Image img = Images.get(c.image);
        String mode = c.networkMode;
        try {
            if (mode.equals("host")) {
                c.net = root;
            } else if (mode.startsWith("container:")) {
                Container other = container(mode.substring("container:".length()));
                if (!other.running) throw new DockerError(409, "cannot join network namespace of a non running container: container "
                        + other.id + " is " + other.status);
                c.net = other.net;
            } else {
                c.net = kernel.newNet(linnet.kernel.drivers.Loopback::new);
                kernel.getNet(c.net);
                c.sandboxId = randomId();
                ctx.host.rtnl().setLink(c.net, "lo", new LinkChange(true, null, null, null, null, null));
                if (!mode.equals("none")) connect(c, network(mode), c.requestedIp);
            }
        } catch (KernelException e) {
            throw new DockerError(500, "failed to set up container networking: " + e.errno.text);
        }
        writeFiles(c);
        try {
            publish(c);
        } catch (DockerError e) {
            teardown(c);
            throw e;
        }
        c.running = true;
        c.status = "running";
        c.startedAt = nowNs();
        c.stopSignal = 0;
        c.proc = ctx.host.pids().fork(ctx.host.pids().init(), img.comm(c.cmd));
        ctx.host.pids().setns(c.proc, c.net);
        c.proc.uts = utsOf(c);
        c.pid = c.proc.pid;
        Ctx in = containerCtx(c, attachOut, attachErr);
        if (stdin != null && c.interactive) {
            in = new Ctx(in.host, in.net, in.callerNet, in.out, in.err, in.exec, stdin.stdin(), in.cwd, in.env, in.proc, in.mounts)
                    .withArgv0(in.argv0("sh")).withTty(stdin.tty).withStdinPipe(stdin.stdinPipe);
        }
        Ctx pid1 = in;
        Tasks tasks = kernel.loop.tasks() != null ? kernel.loop.tasks() : new Tasks(kernel.loop);
        if (detach) {
            c.task = tasks.spawn(c.name, () -> {
                int rc = Images.run(img, pid1, c.cmd);
                exited(c, rc);
                return rc;
            });
        } else {
            int rc;
            try {
                rc = Images.run(img, pid1, c.cmd);
            } catch (Tasks.Killed k) {
                rc = 130;
            }
            exited(c, rc);
        }
    }

    /** The container's main process: its namespace, its /etc files, output to the log (and the terminal when attached). */
    Ctx containerCtx(Container c, PrintStream attach, PrintStream attachErr) {
        PrintStream log = new PrintStream(new TeeStream(c.logs, attach), true);
        PrintStream errLog = new PrintStream(new TeeStream(c.logs, attachErr != null ? attachErr : attach), true);
        linnet.kernel.fs.Mounts m = linnet.kernel.fs.Mounts.NONE.mountSysfs(c.net)
                .bind(c.dir() + "/hosts", "/etc/hosts")
                .bind(c.dir() + "/resolv.conf", "/etc/resolv.conf")
                .bind(c.dir() + "/hostname", "/etc/hostname");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOSTNAME", hostnameOf(c));
        env.put("HOME", "/root");
        return new Ctx(ctx.host, c.net, c.net, log, errLog, ctx.exec, null, "/", env, c.proc, m)
                .withArgv0(c.cmd.isEmpty() ? "sh" : c.cmd.get(0));
    }

    /** An exec'd process (docker exec): the container's namespaces, the caller's terminal. */
    Ctx execCtx(Container c, Ctx caller) {
        linnet.kernel.fs.Mounts m = linnet.kernel.fs.Mounts.NONE.mountSysfs(c.net)
                .bind(c.dir() + "/hosts", "/etc/hosts")
                .bind(c.dir() + "/resolv.conf", "/etc/resolv.conf")
                .bind(c.dir() + "/hostname", "/etc/hostname");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOSTNAME", hostnameOf(c));
        env.put("HOME", "/root");
        linnet.kernel.proc.Proc p = ctx.host.pids().fork(ctx.host.pids().init(), "exec");
        ctx.host.pids().setns(p, c.net);
        p.uts = c.proc != null ? c.proc.uts : utsOf(c);
        return new Ctx(ctx.host, c.net, c.net, caller.out, caller.err, ctx.exec, caller.stdin(), "/", env, p, m)
                .withTty(caller.tty);
    }

    /** The container's UTS namespace (its hostname); --network host keeps the machine's, as Docker does. */
    private linnet.kernel.core.Uts utsOf(Container c) {
        if (c.networkMode.equals("host")) return null;
        linnet.kernel.core.Uts u = new linnet.kernel.core.Uts();
        try {
            u.setNodename(hostnameOf(c));
        } catch (KernelException e) {
            // longer than HOST_NAME_MAX: the CLI refuses such names first
        }
        return u;
    }

    String hostnameOf(Container c) {
        if (c.networkMode.equals("host")) return kernel.uts.nodename();
        if (c.networkMode.startsWith("container:")) {
            Container o = containers.get(c.networkMode.substring(10));
            if (o != null) return hostnameOf(o);
        }
        return c.hostname != null ? c.hostname : c.shortId();
    }

    private void exited(Container c, int rc) {
        // the process ended by itself, or by docker stop/kill's signal
        c.exitCode = c.stopSignal != 0 ? Images.get(c.image).exitOnSignal(c.stopSignal) : rc;
        c.running = false;
        c.status = "exited";
        c.finishedAt = nowNs();
        c.task = null;
        if (c.proc != null) ctx.host.pids().exit(c.proc);
        teardown(c);
        if (c.autoRemove) containers.remove(c.id);
    }

    /** What a container's /etc/hosts, /etc/resolv.conf and /etc/hostname say (container/container_unix.go, libnetwork/sandbox_dns_unix.go). */
    private void writeFiles(Container c) {
        String dir = c.dir();
        try {
            String sofar = "";
            for (String part : dir.substring(1).split("/")) {
                sofar += "/" + part;
                if (!ctx.host.vfs().exists(Nsproxy.of(root), sofar)) ctx.host.vfs().mkdir(Nsproxy.of(root), sofar);
            }
        } catch (KernelException e) {
            // the daemon's own directory
        }
        String hostname = hostnameOf(c);
        StringBuilder hosts = new StringBuilder();
        if (c.networkMode.equals("host")) {
            hosts.append(readSysctl("/etc/hosts"));
        } else {
            hosts.append("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\n"
                    + "ff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n");
            for (Container.Endpoint e : c.endpoints.values()) {
                hosts.append(Inet4.format(e.ip)).append('\t').append(hostname).append('\n');
                break;
            }
        }
        try {
            ctx.host.vfs().write(Nsproxy.of(root), dir + "/resolv.conf", resolvConf(c));
        } catch (KernelException e) {
            // the daemon's own directory
        }
        try {
            ctx.host.vfs().write(Nsproxy.of(root), dir + "/hosts", hosts.toString());
            ctx.host.vfs().write(Nsproxy.of(root), dir + "/hostname", hostname + "\n");
        } catch (KernelException e) {
            // the daemon's own directory
        }
    }

    /**
     * resolv.conf as sandbox_dns_unix.go and internal/resolvconf make it from the host's file:
     * the "legacy" copy on the default bridge, or the "internal resolver" form (127.0.0.11, the
     * host's servers moved to ExtServers) once the container is on a user-defined network.
     */
    private String resolvConf(Container c) {
        List<String> servers = new ArrayList<>();
        for (String line : readSysctl("/etc/resolv.conf").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && f[0].equals("nameserver")) servers.add(f[1]);
        }
        boolean override = !c.dns.isEmpty();
        if (override) servers = new ArrayList<>(c.dns);
        String overrides = override ? "[nameservers]" : "[]";
        boolean userNet = false;
        for (Container.Endpoint e : c.endpoints.values()) if (!e.network.isDefault) userNet = true;
        String head = "# Generated by Docker Engine.\n# This file can be edited; Docker Engine will not make further changes once it\n"
                + "# has been modified.\n\n";
        StringBuilder sb = new StringBuilder(head);
        if (userNet) {
            sb.append("nameserver 127.0.0.11\noptions ndots:0\n\n# Based on host file: '/etc/resolv.conf' (internal resolver)\n");
            if (!servers.isEmpty()) sb.append("# ExtServers: [").append(String.join(" ", servers)).append("]\n");
            sb.append("# Overrides: ").append(overrides).append("\n# Option ndots from: internal\n");
        } else {
            for (String ns : servers) sb.append("nameserver ").append(ns).append('\n');
            sb.append("\n# Based on host file: '/etc/resolv.conf' (legacy)\n# Overrides: ").append(overrides).append("\n");
        }
        return sb.toString();
    }

    /**
     * The bridge driver's CreateEndpoint and Join (bridge_linux.go, osl/): a veth pair named
     * veth + 7 random hex digits, the host end a port of the bridge and up, the container end
     * made in the sandbox, renamed eth0 (eth1, ... for further networks), a random MAC, the
     * address, up, and the default route via the gateway (on the first network only).
     */
    void connect(Container c, Network n, int wantIp) throws DockerError, KernelException {
        if (!n.isBridge()) throw new DockerError(403, "container cannot be disconnected from host network or connected to host network");
        if (c.endpoints.containsKey(n.name))
            throw new DockerError(403, "endpoint with name " + c.name + " already exists in network " + n.name);
        int ip;
        if (wantIp != 0) {
            if (!n.subnet.contains(wantIp)) throw new DockerError(400, "no configured subnet or ip-range contain the IP address " + Inet4.format(wantIp));
            if (n.used().contains(wantIp)) throw new DockerError(403, "Address already in use");
            ip = wantIp;
        } else {
            ip = Ipam.nextAddress(n.subnet, n.used());
            if (ip == 0) throw new DockerError(403, "no available IPv4 addresses on this network's address pools: " + n.name + " (" + n.id + ")");
        }
        String hostIf = vethName(), peer = vethName();
        long mac = randomMac();
        String ifname = "eth" + c.endpoints.size();
        ctx.host.rtnl().newVeth(root, hostIf, new LinkAttrs(null, null, 0), c.net, peer, new LinkAttrs(null, null, 0));
        int brIndex = ctx.host.rtnl().link(root, n.bridge).ifindex();
        ctx.host.rtnl().setLink(root, hostIf, new LinkChange(null, null, null, null, null, null, brIndex));
        ipt.endpoint(n.bridge, Inet4.format(ip), true);
        ctx.host.rtnl().setLink(root, hostIf, new LinkChange(true, null, null, null, null, null));
        // the sandbox side (osl): name, MAC, address, up, routes
        ctx.host.rtnl().setLink(c.net, peer, new LinkChange(null, ifname, null, mac, null, null));
        ctx.host.rtnl().newAddr(c.net, ifname, ip, ip, n.subnet.len(), n.subnet.broadcast(), null, 0, 0, false);
        ctx.host.rtnl().setLink(c.net, ifname, new LinkChange(true, null, null, null, null, null));
        advertise(c.net, ctx.host.rtnl().link(c.net, ifname).ifindex(), ip, mac);
        if (c.endpoints.isEmpty() && !n.internal) {
            RtnlRoute.add(c.net, new RouteRequest(FibRoute.RT_TABLE_MAIN, FibRoute.RTN_UNICAST, true, 0, 0, 0, 0, false,
                    FibRoute.RTPROT_BOOT, true, 0, true, 0, n.gateway, ifname, false, 0, false), Fib.NLM_F_CREATE | Fib.NLM_F_EXCL);
        }
        Container.Endpoint e = new Container.Endpoint(randomId(), n, hostIf, ip, mac);
        if (!n.isDefault) {
            e.aliases.add(c.name);
            e.aliases.add(c.shortId());
        }
        c.endpoints.put(n.name, e);
        n.endpoints.put(c.id, e);
        if (!n.isDefault) {
            embeddedDns(c);
            // the sandbox's resolver starts and resolv.conf is rebuilt (sandbox_dns_unix.go rebuildDNS)
            try {
                if (c.running) ctx.host.vfs().write(Nsproxy.of(root), c.dir() + "/resolv.conf", resolvConf(c));
            } catch (KernelException x) {
                // written at start otherwise
            }
        }
    }

    /**
     * The embedded DNS server (libnetwork/resolver.go) for a container on user-defined networks:
     * names, aliases and short ids of the containers that share a network with it, "NAME.NETWORK"
     * too, and PTR answers "NAME.NETWORK" for their addresses. The default bridge has none.
     */
    private void embeddedDns(Container self) {
        linnet.tools.common.Resolver.nameServer(self.net, new linnet.tools.common.Resolver.NameServer() {
            @Override
            public Integer lookup(String name) {
                for (Container.Endpoint mine : self.endpoints.values()) {
                    Network n = mine.network;
                    if (n.isDefault) continue;
                    for (Map.Entry<String, Container.Endpoint> e : n.endpoints.entrySet()) {
                        Container o = containers.get(e.getKey());
                        if (o == null) continue;
                        String nm = o.name.toLowerCase(java.util.Locale.ROOT);
                        if (name.equals(nm) || name.equals(nm + "." + n.name) || name.equals(o.shortId())
                                || e.getValue().aliases.contains(name)) return e.getValue().ip;
                    }
                }
                return null;
            }

            @Override
            public String reverse(int address) {
                for (Container.Endpoint mine : self.endpoints.values()) {
                    Network n = mine.network;
                    if (n.isDefault) continue;
                    for (Map.Entry<String, Container.Endpoint> e : n.endpoints.entrySet()) {
                        Container o = containers.get(e.getKey());
                        if (o != null && e.getValue().ip == address) return o.name + "." + n.name;
                    }
                }
                return null;
            }
        });
    }

    /**
     * osl advertiseAddrs (libnetwork/internal/l2disco/unsol_arp_linux.go): three unsolicited ARP
     * requests (sender and target the new address) broadcast from the interface, a second apart,
     * so neighbours that cached an earlier owner of the address learn the new MAC.
     */
    private void advertise(Net net, int ifindex, int ip, long mac) {
        byte[] pkt = new byte[28];
        pkt[1] = 1; pkt[2] = 8; pkt[4] = 6; pkt[5] = 4; pkt[7] = 1;
        for (int i = 0; i < 6; i++) pkt[8 + i] = (byte) (mac >>> (40 - 8 * i));
        for (int i = 0; i < 4; i++) {
            pkt[14 + i] = (byte) (ip >>> (24 - 8 * i));
            pkt[24 + i] = (byte) (ip >>> (24 - 8 * i));
        }
        Runnable send = () -> {
            try {
                linnet.kernel.core.PacketSocket.sendto(net, ifindex, linnet.wire.Ethernet.P_ARP, 0xffff_ffff_ffffL, pkt);
            } catch (KernelException e) {
                // the interface went away: the sender gives up
            }
        };
        send.run();
        kernel.loop.schedule(1_000_000_000L, send);
        kernel.loop.schedule(2_000_000_000L, send);
    }

    private String vethName() {
        while (true) {
            String s = String.format("veth%07x", kernel.rng.nextInt(1 << 28));
            if (root.byName(s) == null) return s;
        }
    }

    void disconnect(Container c, Network n) {
        Container.Endpoint e = c.endpoints.remove(n.name);
        if (e == null) return;
        n.endpoints.remove(c.id);
        ipt.endpoint(n.bridge, Inet4.format(e.ip), false);
        try {
            ctx.host.rtnl().delLink(root, e.hostIf);
        } catch (KernelException x) {
            // the pair went with the namespace
        }
    }

    /** The port mapper (bridge/port_mapping_linux.go): allocate the host port, the rules, docker-proxy. */
    private void publish(Container c) throws DockerError {
        if (c.requestedPorts.isEmpty()) return;
        Container.Endpoint e = c.endpoints.get(c.networkMode);
        if (e == null) return;
        List<Container.PortBinding> done = new ArrayList<>();
        for (Container.PortBinding p : c.requestedPorts) {
            int hostPort = p.hostPort();
            if (hostPort == 0) {
                hostPort = ephemeralPort(p.proto(), p.hostIp());
            }
            boolean clash = false;
            for (String k : allocatedPorts.keySet()) {
                String[] f = k.split("/");
                if (f[0].equals(p.proto()) && f[2].equals(Integer.toString(hostPort))
                        && (f[1].equals(p.hostIp()) || f[1].equals("0.0.0.0") || p.hostIp().equals("0.0.0.0"))) clash = true;
            }
            if (clash) {
                for (Container.PortBinding d : done) unpublishOne(c, e, d);
                throw new DockerError(500, "failed to set up container networking: driver failed programming external connectivity on endpoint "
                        + c.name + " (" + e.id + "): Bind for " + p.hostIp() + ":" + hostPort + " failed: port is already allocated");
            }
            Container.PortBinding b = new Container.PortBinding(p.proto(), p.containerPort(), p.hostIp(), hostPort);
            allocatedPorts.put(p.proto() + "/" + p.hostIp() + "/" + hostPort, c.id);
            ipt.port(e.network.bridge, b.proto(), b.hostIp(), b.hostPort(), Inet4.format(e.ip), b.containerPort(), true);
            c.ports.add(b);
            done.add(b);
            if (b.proto().equals("tcp")) c.proxies.add(DockerProxy.start(this, b, e.ip));
        }
    }

    /** The port allocator's range (net.ipv4.ip_local_port_range): the first free port from its start. */
    private int ephemeralPort(String proto, String hostIp) {
        String range = readSysctl("/proc/sys/net/ipv4/ip_local_port_range").trim();
        int lo = 32768;
        try {
            lo = Integer.parseInt(range.split("\\s+")[0]);
        } catch (RuntimeException x) {
            // default
        }
        for (int p = lo; p < 65536; p++) {
            boolean used = false;
            for (String k : allocatedPorts.keySet()) if (k.startsWith(proto + "/") && k.endsWith("/" + p)) used = true;
            if (!used) return p;
        }
        return 0;
    }

    private void unpublishOne(Container c, Container.Endpoint e, Container.PortBinding b) {
        ipt.port(e.network.bridge, b.proto(), b.hostIp(), b.hostPort(), Inet4.format(e.ip), b.containerPort(), false);
        allocatedPorts.remove(b.proto() + "/" + b.hostIp() + "/" + b.hostPort());
    }

    /** Stop: ports released, endpoints left, the sandbox removed (its veth ends go with it). */
    void teardown(Container c) {
        Tasks tasks = kernel.loop.tasks();
        for (Tasks.Task t : c.proxies) if (tasks != null && !t.finished()) tasks.kill(t);
        c.proxies.clear();
        Container.Endpoint first = c.endpoints.get(c.networkMode);
        for (Container.PortBinding b : c.ports) if (first != null) unpublishOne(c, first, b);
        c.ports.clear();
        for (Container.Endpoint e : new ArrayList<>(c.endpoints.values())) disconnect(c, e.network);
        if (c.net != null && c.net != root && !c.networkMode.startsWith("container:")) {
            linnet.tools.common.Resolver.nameServer(c.net, null);
            // the last reference to the sandbox: the namespace and the veth ends in it go away
            kernel.putNet(c.net);
        }
        c.net = null;
        c.sandboxId = null;
    }

    /** docker stop: SIGTERM, then SIGKILL after the timeout (10 s), on the virtual clock. */
    void stop(Container c, int timeoutS, int signal) {
        if (!c.running) return;
        // a paused container is thawed so that it can receive the signal
        c.paused = false;
        Images.Image img = Images.get(c.image);
        Tasks tasks = kernel.loop.tasks();
        int sig = signal;
        if (signal == 15 && !img.handlesTerm()) {
            // PID 1 of a container ignores a signal it has no handler for: wait out the timeout
            kernel.loop.runWhile(() -> c.running, kernel.loop.now() + timeoutS * 1_000_000_000L);
            sig = 9;
        }
        c.stopSignal = sig;
        if (c.task != null && tasks != null) {
            tasks.kill(c.task, sig);
            tasks.await(c.task);
        }
        if (c.running) exited(c, 128 + sig);
    }

    void remove(Container c, String ref, boolean force) throws DockerError {
        if (c.running) {
            if (!force) throw new DockerError(409, "cannot remove container \"" + ref + "\": container is running: stop the container before removing or force remove");
            stop(c, 0, 9);
        }
        containers.remove(c.id);
        try {
            for (String f : new String[] {"hosts", "resolv.conf", "hostname"}) ctx.host.vfs().unlink(Nsproxy.of(root), c.dir() + "/" + f);
        } catch (KernelException e) {
            // nothing kept
        }
    }

    static Errno unused() { return Errno.ENOENT; }
}
