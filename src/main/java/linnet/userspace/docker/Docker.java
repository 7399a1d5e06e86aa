package linnet.userspace.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.wire.Inet4;

/**
 * The docker CLI (docker/cli 28.2.2) talking to the machine's {@link Dockerd}: the commands,
 * their flags, docker/cli's table layout (text/tabwriter, minimum width 10, padding 3), its
 * error wording ("Error response from daemon: ..." status 1; docker run/create's "docker: ...
 * Run 'docker run --help' for more information" status 125) and its JSON output.
 */
public final class Docker implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            ctx.out.println("\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n");
            return 0;
        }
        Dockerd d = Dockerd.of(ctx);
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        String cmd0 = args.get(0);
        if (cmd0.equals("container") && !rest.isEmpty()) {
            cmd0 = rest.remove(0);
            if (cmd0.equals("ls") || cmd0.equals("list")) cmd0 = "ps";
        }
        String cmd = cmd0;
        if (cmd.equals("stop") || cmd.equals("restart")) {
            String fe = timeoutFlagError(cmd, rest);
            if (fe != null) {
                ctx.err.println(fe);
                return 125;
            }
        }
        try {
            return switch (cmd) {
                case "version", "-v", "--version" -> version(ctx, cmd);
                case "info" -> info(ctx, d);
                case "run" -> new RunCmd(ctx, d, true).run(rest);
                case "create" -> new RunCmd(ctx, d, false).run(rest);
                case "start" -> each(ctx, d, rest, c -> d.start(c, null, true));
                case "stop" -> each(ctx, d, stopArgs(rest), c -> d.stop(c, stopTimeout(rest), 15));
                case "restart" -> each(ctx, d, stopArgs(rest), c -> { d.stop(c, stopTimeout(rest), 15); d.start(c, null, true); });
                case "kill" -> killSignal(rest) < 0 ? badSignal(ctx, rest) : each(ctx, d, signalArgs(rest), c -> {
                    if (!c.running) throw new DockerError(409, "container " + c.id + " is not running");
                    d.stop(c, 0, killSignal(rest));
                });
                case "rm" -> rm(ctx, d, rest);
                case "ps" -> Formats.ps(ctx, d, rest);
                case "inspect" -> Formats.inspect(ctx, d, rest);
                case "port" -> port(ctx, d, rest);
                case "logs" -> logs(ctx, d, rest);
                case "exec" -> exec(ctx, d, rest);
                case "network" -> NetworkCmd.run(ctx, d, rest);
                case "images" -> images(ctx, d, rest);
                case "image" -> !rest.isEmpty() && (rest.get(0).equals("ls") || rest.get(0).equals("list"))
                        ? images(ctx, d, rest.subList(1, rest.size())) : unknown(ctx, "image " + (rest.isEmpty() ? "" : rest.get(0)));
                case "pull" -> pull(ctx, rest);
                case "pause" -> each(ctx, d, rest, c -> {
                    if (!c.running) throw new DockerError(409, "Container " + c.id + " is not running");
                    if (c.paused) throw new DockerError(409, "Container " + c.id + " is already paused");
                    c.paused = true;
                });
                case "unpause" -> each(ctx, d, rest, c -> {
                    if (!c.paused) throw new DockerError(500, "Container " + c.id + " is not paused");
                    c.paused = false;
                });
                default -> {
                    ctx.err.println("docker: unknown command: docker " + cmd + "\n\nRun 'docker --help' for more information");
                    yield 1;
                }
            };
        } catch (DockerError e) {
            ctx.err.println("Error response from daemon: " + e.getMessage());
            return 1;
        }
    }

    private static int unknown(Ctx ctx, String what) {
        ctx.err.println("docker: unknown command: docker " + what.strip() + "\n\nRun 'docker --help' for more information");
        return 1;
    }

    /** docker images: the built-in images, as present locally. */
    private static int images(Ctx ctx, Dockerd d, List<String> a) {
        boolean quiet = a.contains("-q") || a.contains("--quiet");
        List<Images.Image> list = new ArrayList<>(Images.ALL);
        // the daemon lists images newest first
        list.sort((x, y) -> Long.compare(y.created(), x.created()));
        if (quiet) {
            for (Images.Image i : list) ctx.out.println(i.id().substring(0, 12));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"));
        for (Images.Image i : list) {
            rows.add(List.of(i.name(), i.tag(), i.id().substring(0, 12), Formats.human(d.nowNs() - i.created() * 1_000_000_000L) + " ago",
                    i.size()));
        }
        ctx.out.print(Formats.table(rows));
        return 0;
    }

    /** docker pull of a built-in image: already there, nothing to download. */
    private static int pull(Ctx ctx, List<String> a) {
        List<String> refs = new ArrayList<>();
        for (String s : a) if (!s.startsWith("-")) refs.add(s);
        if (refs.size() != 1) {
            ctx.err.println("docker: 'docker pull' requires 1 argument\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\n"
                    + "See 'docker pull --help' for more information");
            return 1;
        }
        String ref = refs.get(0);
        if (!Images.validReference(ref)) {
            ctx.err.println("invalid reference format");
            return 1;
        }
        Images.Image img = Images.find(ref);
        String repo = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
        if (img == null) {
            if (!ref.contains(":")) ctx.out.println("Using default tag: latest");
            ctx.err.println("Error response from daemon: pull access denied for " + repo
                    + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
            return 1;
        }
        String tag = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : "latest";
        if (!ref.contains(":")) ctx.out.println("Using default tag: latest");
        ctx.out.println(tag + ": Pulling from library/" + img.name());
        ctx.out.println("Digest: sha256:" + img.id());
        ctx.out.println("Status: Image is up to date for " + img.name() + ":" + tag);
        ctx.out.println("docker.io/library/" + img.name() + ":" + tag);
        return 0;
    }

    private static int version(Ctx ctx, String how) {
        if (!how.equals("version")) {
            ctx.out.println("Docker version " + Dockerd.VERSION + ", build " + Dockerd.GIT_COMMIT);
            return 0;
        }
        ctx.out.print("""
                Client:
                 Version:           %1$s
                 API version:       %2$s
                 Go version:        %3$s
                 Git commit:        %4$s
                 Built:             Fri May 30 12:07:26 2025
                 OS/Arch:           linux/amd64
                 Context:           default

                Server: Docker Engine - Community
                 Engine:
                  Version:          %1$s
                  API version:      %2$s (minimum version 1.24)
                  Go version:       %3$s
                  Git commit:       45873be
                  Built:            Fri May 30 12:07:26 2025
                  OS/Arch:          linux/amd64
                  Experimental:     false
                 containerd:
                  Version:          1.7.27
                  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da
                 runc:
                  Version:          1.2.5
                  GitCommit:        v1.2.5-0-g59923ef
                 docker-init:
                  Version:          0.19.0
                  GitCommit:        de40ad0
                """.formatted(Dockerd.VERSION, Dockerd.API_VERSION, Dockerd.GO_VERSION, Dockerd.GIT_COMMIT));
        return 0;
    }

    private static int info(Ctx ctx, Dockerd d) {
        int running = 0, paused = 0, stopped = 0;
        for (Container c : d.containers.values()) {
            if (c.paused) paused++;
            else if (c.running) running++;
            else stopped++;
        }
        ctx.out.println("Client: Docker Engine - Community\n Version:    " + Dockerd.VERSION + "\n Context:    default\n Debug Mode: false\n");
        ctx.out.println("Server:\n Containers: " + d.containers.size() + "\n  Running: " + running + "\n  Paused: " + paused
                + "\n  Stopped: " + stopped + "\n Images: " + Images.ALL.size() + "\n Server Version: " + Dockerd.VERSION
                + "\n Storage Driver: overlay2\n Logging Driver: json-file\n Cgroup Driver: systemd\n Plugins:\n"
                + "  Network: bridge host ipvlan macvlan null overlay\n Kernel Version: " + linnet.kernel.core.Uts.RELEASE
                + "\n Operating System: Debian GNU/Linux 12 (bookworm)\n OSType: linux\n Architecture: x86_64\n Name: "
                + d.kernel.uts.nodename() + "\n Docker Root Dir: /var/lib/docker\n Debug Mode: false\n Experimental: false\n"
                + " Live Restore Enabled: false\n Firewall Backend: iptables");
        return 0;
    }

    interface Action {
        void apply(Container c) throws DockerError;
    }

    /** A command over several containers: each one's name echoed, errors reported and the status 1 at the end. */
    static int each(Ctx ctx, Dockerd d, List<String> refs, Action a) {
        List<String> names = new ArrayList<>();
        for (String r : refs) if (!r.startsWith("-")) names.add(r);
        if (names.isEmpty()) return 1;
        // the CLI prints each name that worked, then the joined errors (errors.Join) at the end
        List<String> errs = new ArrayList<>();
        for (String r : names) {
            try {
                Container c = d.container(r);
                a.apply(c);
                ctx.out.println(r);
            } catch (DockerError e) {
                errs.add("Error response from daemon: " + e.getMessage());
            }
        }
        for (String e : errs) ctx.err.println(e);
        return errs.isEmpty() ? 0 : 1;
    }

    private static List<String> stopArgs(List<String> a) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("-t") || s.equals("--time") || s.equals("-s") || s.equals("--signal")) { i++; continue; }
            if (s.startsWith("-")) continue;
            l.add(s);
        }
        return l;
    }

    private static int stopTimeout(List<String> a) {
        for (int i = 0; i + 1 < a.size(); i++) {
            if (a.get(i).equals("-t") || a.get(i).equals("--time") || a.get(i).equals("--timeout")) {
                try {
                    return Integer.parseInt(a.get(i + 1));
                } catch (NumberFormatException e) {
                    return 10;
                }
            }
        }
        return 10;
    }

    /**
     * pflag's checks of stop/restart's -t before anything is sent: a missing value or one that is
     * not an integer (docker/cli prints the flag error and "See 'docker CMD --help'.", status 125).
     */
    private static String timeoutFlagError(String cmd, List<String> a) {
        for (int i = 0; i < a.size(); i++) {
            String f = a.get(i);
            if (!f.equals("-t") && !f.equals("--time") && !f.equals("--timeout")) continue;
            if (i + 1 >= a.size()) return "flag needs an argument: '" + f.replaceFirst("^-+", "") + "' in " + f + "\nSee 'docker " + cmd + " --help'.";
            try {
                Integer.parseInt(a.get(i + 1));
            } catch (NumberFormatException e) {
                return "invalid argument \"" + a.get(i + 1) + "\" for \"-t, --timeout\" flag: strconv.ParseInt: parsing \""
                        + a.get(i + 1) + "\": invalid syntax\nSee 'docker " + cmd + " --help'.";
            }
        }
        return null;
    }

    private static List<String> signalArgs(List<String> a) { return stopArgs(a); }

    private static int killSignal(List<String> a) {
        for (int i = 0; i + 1 < a.size(); i++) {
            if (a.get(i).equals("-s") || a.get(i).equals("--signal")) {
                String s = a.get(i + 1).toUpperCase(java.util.Locale.ROOT).replace("SIG", "");
                return switch (s) {
                    case "TERM", "15" -> 15;
                    case "INT", "2" -> 2;
                    case "HUP", "1" -> 1;
                    case "KILL", "9" -> 9;
                    case "QUIT", "3" -> 3;
                    case "USR1", "10" -> 10;
                    case "USR2", "12" -> 12;
                    default -> -1;
                };
            }
        }
        return 9;
    }

    /** signal.ParseSignal's refusal, from the daemon, for every container named. */
    private static int badSignal(Ctx ctx, List<String> a) {
        String sig = "";
        for (int i = 0; i + 1 < a.size(); i++) if (a.get(i).equals("-s") || a.get(i).equals("--signal")) sig = a.get(i + 1);
        for (String r : signalArgs(a)) ctx.err.println("Error response from daemon: Invalid signal: " + sig);
        return 1;
    }

    private static int rm(Ctx ctx, Dockerd d, List<String> a) {
        boolean force = a.contains("-f") || a.contains("--force");
        List<String> refs = new ArrayList<>();
        for (String s : a) if (!s.startsWith("-")) refs.add(s);
        if (refs.isEmpty()) {
            ctx.err.println("docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\n"
                    + "See 'docker rm --help' for more information");
            return 1;
        }
        List<String> errs = new ArrayList<>();
        for (String r : refs) {
            try {
                Container c = d.container(r);
                d.remove(c, r, force);
                ctx.out.println(r);
            } catch (DockerError e) {
                errs.add("Error response from daemon: " + e.getMessage());
            }
        }
        for (String e : errs) ctx.err.println(e);
        return errs.isEmpty() ? 0 : 1;
    }

    private static int port(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        if (a.isEmpty()) {
            ctx.err.println("docker: 'docker port' requires at least 1 argument\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\n"
                    + "See 'docker port --help' for more information");
            return 1;
        }
        Container c = d.container(a.get(0));
        List<String> lines = new ArrayList<>();
        String want = a.size() > 1 ? (a.get(1).contains("/") ? a.get(1) : a.get(1) + "/tcp") : null;
        for (Container.PortBinding b : c.ports) {
            String key = b.containerPort() + "/" + b.proto();
            if (want != null && !want.equals(key)) continue;
            String pre = want != null ? "" : key + " -> ";
            lines.add(pre + b.hostIp() + ":" + b.hostPort());
            if (b.hostIp().equals("0.0.0.0")) lines.add(pre + "[::]:" + b.hostPort());
        }
        if (want != null && lines.isEmpty()) {
            ctx.err.println("Error: No public port '" + want + "' published for " + a.get(0));
            return 1;
        }
        for (String l : lines) ctx.out.println(l);
        return 0;
    }

    private static int logs(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        String ref = null;
        int tail = -1;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("--tail") || a.get(i).equals("-n")) {
                if (i + 1 >= a.size()) {
                    ctx.err.println("flag needs an argument: '" + a.get(i).replaceFirst("^-+", "") + "' in " + a.get(i) + "\nSee 'docker logs --help'.");
                    return 125;
                }
                // the daemon reads --tail with strconv; "all" or anything unparsable is the whole log
                try {
                    tail = Integer.parseInt(a.get(++i));
                } catch (NumberFormatException e) {
                    tail = -1;
                }
                continue;
            }
            if (a.get(i).startsWith("-")) continue;
            ref = a.get(i);
        }
        if (ref == null) {
            ctx.err.println("docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\n"
                    + "See 'docker logs --help' for more information");
            return 1;
        }
        Container c = d.container(ref);
        String text = c.logs.toString(java.nio.charset.StandardCharsets.UTF_8);
        if (tail >= 0) {
            String[] lines = text.split("\n", -1);
            int n = lines.length - 1;
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(0, n - tail); i < n; i++) sb.append(lines[i]).append('\n');
            text = sb.toString();
        }
        ctx.out.print(text);
        ctx.out.flush();
        return 0;
    }

    private static int exec(Ctx ctx, Dockerd d, List<String> a) throws DockerError {
        int i = 0;
        while (i < a.size() && a.get(i).startsWith("-")) {
            String f = a.get(i);
            if (f.equals("-e") || f.equals("-u") || f.equals("-w") || f.equals("--env") || f.equals("--user") || f.equals("--workdir")) i++;
            i++;
        }
        if (a.size() - i < 2) {
            ctx.err.println("docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\n"
                    + "See 'docker exec --help' for more information");
            return 1;
        }
        Container c = d.container(a.get(i));
        if (!c.running) throw new DockerError(409, "container " + c.id + " is not running");
        if (c.paused) throw new DockerError(409, "Container " + c.id + " is paused, unpause the container before exec");
        List<String> argv = a.subList(i + 1, a.size());
        Ctx in = d.execCtx(c, ctx);
        if (in.exec.programPath(in, argv.get(0)) == null) {
            ctx.err.println("OCI runtime exec failed: exec failed: unable to start container process: exec: \"" + argv.get(0)
                    + "\": executable file not found in $PATH: unknown");
            return 127;
        }
        try {
            Integer rc = in.exec.execvp(in, argv);
            return rc == null ? 126 : rc;
        } finally {
            d.ctx.host.pids().exit(in.proc);
        }
    }

    /** Splits "k=v" options into a map (--opt, --label). */
    static Map<String, String> kv(List<String> l) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : l) {
            int eq = s.indexOf('=');
            m.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
        }
        return m;
    }

    static String ip(int a) { return Inet4.format(a); }
}
