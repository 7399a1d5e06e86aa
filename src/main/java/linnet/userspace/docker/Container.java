package linnet.userspace.docker;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Net;

/** One container: its configuration, its state, its sandbox (network namespace) and endpoints. */
final class Container {
    /** One published port (--publish / -P), as the daemon bound it. */
    record PortBinding(String proto, int containerPort, String hostIp, int hostPort) {}

    /** A container's attachment to one network: the veth pair's ends, its address and MAC. */
    static final class Endpoint {
        final String id;
        final Network network;
        final String hostIf;
        final int ip;
        final long mac;
        final List<String> aliases = new ArrayList<>();

        Endpoint(String id, Network network, String hostIf, int ip, long mac) {
            this.id = id;
            this.network = network;
            this.hostIf = hostIf;
            this.ip = ip;
            this.mac = mac;
        }
    }

    final String id;
    String name;
    final String image;
    final List<String> cmd;
    /** HostConfig.NetworkMode as given: "bridge", "host", "none", "container:ID", or a network name. */
    final String networkMode;
    final String hostname;
    /** --dns: name servers that replace the host's in resolv.conf (or behind the embedded DNS). */
    final List<String> dns = new ArrayList<>();
    final int requestedIp;
    final List<PortBinding> requestedPorts;
    final boolean autoRemove, tty, interactive;
    final long created;

    String status = "created";
    long startedAt, finishedAt;
    int exitCode, pid, restartCount;
    boolean running, paused;
    /** The network namespace (the sandbox); for --network host the root one, container:N's for that mode. */
    Net net;
    String sandboxId;
    /** Endpoints by network name, in attach order. */
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    final List<PortBinding> ports = new ArrayList<>();
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    /** The running main process: a background task of the event loop. */
    linnet.sim.Tasks.Task task;
    linnet.kernel.proc.Proc proc;
    /** Set when docker stop/kill asked the process to end with this signal. */
    int stopSignal;
    /** The docker-proxy tasks of the published ports. */
    final List<linnet.sim.Tasks.Task> proxies = new ArrayList<>();

    Container(String id, String name, String image, List<String> cmd, String networkMode, String hostname, int requestedIp,
              List<PortBinding> requestedPorts, boolean autoRemove, boolean tty, boolean interactive, long created) {
        this.id = id;
        this.name = name;
        this.image = image;
        this.cmd = cmd;
        this.networkMode = networkMode;
        this.hostname = hostname;
        this.requestedIp = requestedIp;
        this.requestedPorts = requestedPorts;
        this.autoRemove = autoRemove;
        this.tty = tty;
        this.interactive = interactive;
        this.created = created;
    }

    String shortId() { return id.substring(0, 12); }

    /** Files the daemon keeps for the container (bind-mounted over /etc inside it). */
    String dir() { return "/var/lib/docker/containers/" + id; }
}
