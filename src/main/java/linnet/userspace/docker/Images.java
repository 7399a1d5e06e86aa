package linnet.userspace.docker;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;

/**
 * The built-in images, named as users name them. Every image has linnet's tools on its PATH
 * (busybox and alpine have sh and busybox's ip; the real nginx, httpd and redis images have no
 * ip or ping: that difference is documented in docs/docker.md). An image's default command is
 * its server (nginx, httpd, redis) or sh; a command given to docker run replaces it.
 */
final class Images {
    private Images() {}

    /**
     * One image: its name as `docker ps` shows it, its default command (what inspect's Path/Args
     * and ps's COMMAND show), its exposed ports, and whether PID 1 ends on SIGTERM by itself.
     */
    record Image(String name, List<String> entrypoint, List<String> defaultCmd, List<String> exposed, String server,
                 boolean termHandler, String id) {
        /** The tag `docker images` lists (python's is 3, the others latest). */
        String tag() { return name.equals("python") ? "3" : "latest"; }

        /** The image's creation time (seconds) and size as `docker images` shows them. */
        long created() {
            return switch (name) {
                case "busybox" -> 1727740800L;  // 2024-10-01
                case "alpine" -> 1739404800L;   // 2025-02-13
                case "ubuntu" -> 1748390400L;   // 2025-05-28
                case "nginx" -> 1745366400L;    // 2025-04-23
                case "httpd" -> 1746403200L;    // 2025-05-05
                case "redis" -> 1748476800L;    // 2025-05-29
                default -> 1748995200L;         // 2025-06-04
            };
        }

        String size() {
            return switch (name) {
                case "busybox" -> "4.28MB";
                case "alpine" -> "7.83MB";
                case "ubuntu" -> "78.1MB";
                case "nginx" -> "192MB";
                case "httpd" -> "148MB";
                case "redis" -> "128MB";
                default -> "1.12GB";
            };
        }
        String comm(List<String> cmd) {
            List<String> full = command(cmd);
            String p = full.get(0);
            return p.substring(p.lastIndexOf('/') + 1);
        }

        /** Entrypoint plus command: what runs as PID 1. */
        List<String> command(List<String> cmd) {
            List<String> l = new java.util.ArrayList<>(entrypoint);
            l.addAll(cmd.isEmpty() ? defaultCmd : cmd);
            return l;
        }

        boolean handlesTerm() { return termHandler; }

        /** The exit status after docker stop/kill's signal: a server that handles SIGTERM exits 0. */
        int exitOnSignal(int sig) { return sig == 15 && termHandler ? 0 : 128 + sig; }
    }

    static final List<Image> ALL = List.of(
            new Image("busybox", List.of(), List.of("sh"), List.of(), null, false,
                    "6d3e4188a38af91b0c1577b9e88c53368926b2fe0e1fb985d6e8a70040520c4d"),
            new Image("alpine", List.of(), List.of("/bin/sh"), List.of(), null, false,
                    "8d591b0b7dea080ea3be9e12ae563eebf9869168ffced1cb25b2470a3d9fe15e"),
            new Image("ubuntu", List.of(), List.of("/bin/bash"), List.of(), null, false,
                    "a0e45e2ce6e6e22e73185397d162a64fcf2f80a41c597015cab05d9a7b5913ce"),
            new Image("nginx", List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"), List.of("80/tcp"),
                    "nginx", true, "be69f2940aaf64fdf50c9c99420cbd57e10ee655ec7204df1c407e9af63d0cc1"),
            new Image("httpd", List.of(), List.of("httpd-foreground"), List.of("80/tcp"), "httpd-foreground", true,
                    "90f191b9781e01f2cd2a4b8b7a6a79a3b1bd0c5ae6b8bb51e4ac3ae5e9b8c6c2"),
            new Image("redis", List.of("docker-entrypoint.sh"), List.of("redis-server"), List.of("6379/tcp"), "redis-server",
                    true, "7a2a5ac8b6d8e6e0b1f4b4a7ac3d0c2a3d6f1e7e2b0c9e8d7f6a5b4c3d2e1f0a"),
            new Image("python", List.of(), List.of("python3"), List.of(), null, false,
                    "3c0f3aa5b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7"));

    /** A reference as the CLI normalizes it: "nginx", "nginx:latest", "docker.io/library/nginx:1.27", "python:3". */
    static Image find(String ref) {
        String r = ref;
        for (String p : new String[] {"docker.io/library/", "library/", "docker.io/"}) if (r.startsWith(p)) r = r.substring(p.length());
        int colon = r.indexOf(':');
        String repo = colon < 0 ? r : r.substring(0, colon);
        int at = repo.indexOf('@');
        if (at >= 0) repo = repo.substring(0, at);
        for (Image i : ALL) if (i.name.equals(repo)) return i;
        return null;
    }

    static Image get(String ref) {
        Image i = find(ref);
        return i != null ? i : ALL.get(0);
    }

    /** reference.ParseNormalizedNamed's grammar, in short: lower-case path components, an optional :tag. */
    static boolean validReference(String ref) {
        return ref.matches("([a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?/)*[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?");
    }

    /** PID 1 of the container: the image's server, or the command through the machine's programs. */
    static int run(Image img, Ctx ctx, List<String> cmd) {
        List<String> argv = cmd.isEmpty() ? img.defaultCmd : cmd;
        String prog = argv.get(0);
        String base = prog.substring(prog.lastIndexOf('/') + 1);
        if (base.equals("nginx") && img.name.equals("nginx")) return nginx(ctx);
        if (base.equals("httpd-foreground") || (base.equals("httpd") && img.name.equals("httpd"))) return httpd(ctx);
        if (base.equals("redis-server")) return redis(ctx);
        if ((base.equals("python") || base.equals("python3")) && argv.size() >= 3 && argv.get(1).equals("-m")
                && argv.get(2).equals("http.server")) {
            return new linnet.userspace.http.PythonHttpServer().run(ctx, argv.subList(1, argv.size()));
        }
        return ctx.exec.run(ctx, argv);
    }

    private static int nginx(Ctx ctx) {
        HttpServer s = new HttpServer(ctx, true);
        ctx.out.print("""
                /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
                /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
                /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
                10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
                10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
                /docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
                /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
                /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
                /docker-entrypoint.sh: Configuration complete; ready for start up
                """);
        String t = s.errorLogTime();
        ctx.out.println(t + " [notice] 1#1: using the \"epoll\" event method");
        ctx.out.println(t + " [notice] 1#1: nginx/" + HttpServer.NGINX_VERSION);
        ctx.out.println(t + " [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ");
        ctx.out.println(t + " [notice] 1#1: OS: Linux " + linnet.kernel.core.Uts.RELEASE);
        ctx.out.println(t + " [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576");
        ctx.out.println(t + " [notice] 1#1: start worker processes");
        ctx.out.println(t + " [notice] 1#1: start worker process 29");
        ctx.out.println(t + " [notice] 1#1: start worker process 30");
        return s.serve(80);
    }

    private static int httpd(Ctx ctx) {
        HttpServer s = new HttpServer(ctx, false);
        String host = ctx.env.getOrDefault("HOSTNAME", "localhost");
        ctx.out.println("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using "
                + host + ". Set the 'ServerName' directive globally to suppress this message");
        ctx.out.println("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using "
                + host + ". Set the 'ServerName' directive globally to suppress this message");
        return s.serve(80);
    }

    /** redis-server: RESP on 6379, PING, ECHO, SET, GET; inline commands too (what nc sends). */
    private static int redis(Ctx ctx) {
        ctx.out.println("1:C 22 Nov 2026 08:13:12.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo");
        ctx.out.println("1:C 22 Nov 2026 08:13:12.000 * Redis version=8.0.2, bits=64, commit=00000000, modified=1, pid=1, just started");
        ctx.out.println("1:M 22 Nov 2026 08:13:12.000 * Running mode=standalone, port=6379.");
        ctx.out.println("1:M 22 Nov 2026 08:13:12.000 * Server initialized");
        ctx.out.println("1:M 22 Nov 2026 08:13:12.000 * Ready to accept connections tcp");
        TcpSocket l = ctx.host.ipv4().tcp.socket(ctx.net);
        // SO_REUSEADDR, as servers set it before bind
        l.reuseAddr = true;
        EventLoop loop = ctx.host.kernel().loop;
        java.util.Map<String, String> store = new java.util.HashMap<>();
        try {
            l.bind(0, 6379);
            l.listen(511);
            while (true) {
                loop.runWhile(() -> !l.hasPendingAccept(), Long.MAX_VALUE);
                TcpSocket c = l.accept();
                if (c == null) return 0;
                try {
                    StringBuilder buf = new StringBuilder();
                    while (true) {
                        loop.runWhile(() -> !c.readable(), Long.MAX_VALUE);
                        if (c.available() == 0) break;
                        buf.append(new String(c.read(), StandardCharsets.ISO_8859_1));
                        List<String> cmd;
                        while ((cmd = Resp.next(buf)) != null) {
                            if (cmd.isEmpty()) continue;
                            c.send(Resp.answer(cmd, store).getBytes(StandardCharsets.ISO_8859_1));
                            ctx.host.kernel().waitSoftirq();
                        }
                    }
                } catch (KernelException e) {
                    // reset
                } finally {
                    c.close();
                }
            }
        } catch (KernelException e) {
            return 1;
        } finally {
            l.close();
        }
    }

    /** The RESP protocol's requests (arrays of bulk strings, or inline lines) and a few commands' replies. */
    static final class Resp {
        private Resp() {}

        /** The next complete request taken off {@code buf}, or null when more bytes are needed. */
        static List<String> next(StringBuilder buf) {
            if (buf.isEmpty()) return null;
            if (buf.charAt(0) == '*') {
                int eol = buf.indexOf("\r\n");
                if (eol < 0) return null;
                int n = Integer.parseInt(buf.substring(1, eol));
                int pos = eol + 2;
                List<String> out = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int e2 = buf.indexOf("\r\n", pos);
                    if (e2 < 0 || buf.charAt(pos) != '$') return null;
                    int len = Integer.parseInt(buf.substring(pos + 1, e2));
                    if (buf.length() < e2 + 2 + len + 2) return null;
                    out.add(buf.substring(e2 + 2, e2 + 2 + len));
                    pos = e2 + 2 + len + 2;
                }
                buf.delete(0, pos);
                return out;
            }
            int eol = buf.indexOf("\n");
            if (eol < 0) return null;
            String line = buf.substring(0, eol).replace("\r", "").trim();
            buf.delete(0, eol + 1);
            return line.isEmpty() ? List.of() : List.of(line.split("\\s+"));
        }

        static String answer(List<String> cmd, java.util.Map<String, String> store) {
            String c = cmd.get(0).toUpperCase(Locale.ROOT);
            return switch (c) {
                case "PING" -> cmd.size() > 1 ? bulk(cmd.get(1)) : "+PONG\r\n";
                case "ECHO" -> cmd.size() == 2 ? bulk(cmd.get(1)) : arity(cmd.get(0));
                case "SET" -> {
                    if (cmd.size() < 3) yield arity(cmd.get(0));
                    store.put(cmd.get(1), cmd.get(2));
                    yield "+OK\r\n";
                }
                case "GET" -> {
                    if (cmd.size() != 2) yield arity(cmd.get(0));
                    String v = store.get(cmd.get(1));
                    yield v == null ? "$-1\r\n" : bulk(v);
                }
                default -> "-ERR unknown command '" + cmd.get(0) + "', with args beginning with: "
                        + String.join(" ", cmd.subList(1, cmd.size()).stream().map(a -> "'" + a + "'").toList())
                        + (cmd.size() > 1 ? " " : "") + "\r\n";
            };
        }

        private static String bulk(String s) { return "$" + s.length() + "\r\n" + s + "\r\n"; }

        private static String arity(String c) {
            return "-ERR wrong number of arguments for '" + c.toLowerCase(Locale.ROOT) + "' command\r\n";
        }
    }
}
