package linnet.userspace.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Resolver;
import linnet.tools.common.Tool;

/**
 * GNU Wget 1.21.3 (Debian 12's) for http://: -q, -O FILE|-, -S, -nv, -T; its log on standard
 * error ("--DATE--  URL", "Connecting to ...", "HTTP request sent, awaiting response... 200 OK",
 * "Length: ...", "Saving to: ...", the dot progress of a log that is not a terminal, the saved
 * line), its errors and exit codes (4 network failure, 8 server error, 1 usage). Texts recorded
 * on the oracle (scenario 651).
 */
public final class Wget implements Tool {
    static final String VERSION = "1.21.3";

    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean quiet = false, serverResponse = false, nv = false;
        String output = null;
        long timeoutNs = 0;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (a.equals("--quiet")) quiet = true;
                else if (a.equals("--server-response")) serverResponse = true;
                else if (a.equals("--no-verbose")) nv = true;
                else if (a.startsWith("--output-document=")) output = a.substring(18);
                else if (a.equals("--output-document") && i + 1 < args.size()) output = args.get(++i);
                else if (a.startsWith("--timeout=")) timeoutNs = seconds(a.substring(10));
                else return missing(ctx, "wget: unrecognized option '" + a + "'");
                continue;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                urls.add(a);
                continue;
            }
            if (a.equals("-nv")) {
                nv = true;
                continue;
            }
            // a cluster of short options as getopt reads it: -qO- is -q -O -
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'O' || c == 'T') {
                    String v;
                    if (j + 1 < a.length()) v = a.substring(j + 1);
                    else if (i + 1 < args.size()) v = args.get(++i);
                    else return missing(ctx, "wget: option requires an argument -- '" + c + "'");
                    if (c == 'O') output = v;
                    else timeoutNs = seconds(v);
                    break;
                }
                switch (c) {
                    case 'q' -> quiet = true;
                    case 'S' -> serverResponse = true;
                    case 'v' -> { }
                    default -> {
                        return missing(ctx, "wget: invalid option -- '" + c + "'");
                    }
                }
            }
        }
        if (urls.isEmpty()) {
            ctx.err.println("wget: missing URL");
            ctx.err.println("Usage: wget [OPTION]... [URL]...");
            ctx.err.println();
            ctx.err.println("Try `wget --help' for more options.");
            return 1;
        }
        if (output != null && !output.equals("-")) {
            // -O FILE is opened (created, truncated) before anything is fetched
            try {
                HttpClient.writeFile(ctx, output, new byte[0]);
            } catch (KernelException e) {
                ctx.err.println(output + ": " + e.errno.text);
                return 1;
            }
        }
        int rc = 0;
        for (String u : urls) {
            int r = fetch(ctx, u, quiet, nv, serverResponse, output, timeoutNs);
            if (r != 0) rc = r;
        }
        return rc;
    }

    private static long seconds(String v) {
        try {
            return (long) (Double.parseDouble(v) * EventLoop.NS_PER_SEC);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int missing(Ctx ctx, String msg) {
        ctx.err.println(msg);
        ctx.err.println("Usage: wget [OPTION]... [URL]...");
        ctx.err.println();
        ctx.err.println("Try `wget --help' for more options.");
        return 2;
    }

    private static String date(Ctx ctx) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(Instant.ofEpochSecond(HttpClient.wallS(ctx)).atOffset(ZoneOffset.UTC));
    }

    private int fetch(Ctx ctx, String text, boolean quiet, boolean nv, boolean showResponse, String output, long timeoutNs) {
        return fetch(ctx, text, quiet, nv, showResponse, output, timeoutNs, 0);
    }

    /** {@code hops}: redirections followed so far (wget's limit is 20). */
    private int fetch(Ctx ctx, String text, boolean quiet, boolean nv, boolean showResponse, String output, long timeoutNs, int hops) {
        java.io.PrintStream log = ctx.err;
        boolean verbose = !quiet && !nv;
        HttpClient.Url url = HttpClient.Url.parse(text, "http");
        if (url == null || !url.scheme().equals("http")) {
            // a scheme wget knows but cannot use here (https: no TLS in linnet) is reported the same way
            if (!quiet) log.println(text + ": Unsupported scheme" + (url == null ? "" : " '" + url.scheme() + "'") + ".");
            return 1;
        }
        if (verbose) log.println("--" + date(ctx) + "--  " + url.text());
        boolean numeric = Resolver.inetAton(url.host()) != null && url.host().split("\\.").length == 4;
        Resolver.Result r = Resolver.resolve4(ctx, url.host());
        String ip = r.ok() ? linnet.wire.Inet4.format(r.address()) : null;
        if (!numeric) {
            if (verbose) log.print("Resolving " + url.host() + " (" + url.host() + ")... ");
            if (!r.ok()) {
                if (verbose) log.println("failed: " + r.error() + ".");
                if (!quiet) log.println("wget: unable to resolve host address '" + url.host() + "'");
                return 4;
            }
            if (verbose) log.println(ip);
        }
        String where = numeric ? url.host() + ":" + url.port() : url.host() + " (" + url.host() + ")|" + ip + "|:" + url.port();
        if (verbose) log.print("Connecting to " + where + "... ");
        EventLoop loop = ctx.host.kernel().loop;
        long start = loop.now();
        TcpSocket s;
        try {
            s = HttpClient.connect(ctx, r.address(), url.port(), timeoutNs > 0 ? timeoutNs : 900 * EventLoop.NS_PER_SEC);
        } catch (HttpClient.HttpException e) {
            if (verbose) log.println("failed: " + (e.kind.equals("timeout") ? "Connection timed out" : e.errno.text) + ".");
            else if (nv) log.println("failed: " + e.errno.text + ".");
            return 4;
        }
        try {
            if (verbose) log.println("connected.");
            String req = "GET " + url.path() + " HTTP/1.1\r\nHost: " + url.hostHeader() + "\r\nUser-Agent: Wget/" + VERSION
                    + "\r\nAccept: */*\r\nAccept-Encoding: identity\r\nConnection: Keep-Alive\r\n\r\n";
            if (verbose) log.print("HTTP request sent, awaiting response... ");
            HttpClient.Response resp;
            try {
                resp = HttpClient.exchange(ctx, s, req, false, Long.MAX_VALUE);
            } catch (HttpClient.HttpException e) {
                if (verbose) log.println("No data received.");
                return 4;
            }
            if (verbose) {
                if (showResponse) {
                    log.println();
                    for (String line : resp.head().split("\r\n")) if (!line.isEmpty()) log.println("  " + line);
                } else {
                    log.println(resp.status() + " " + resp.reason());
                }
            }
            String loc = resp.header("Location");
            if (HttpClient.redirect(resp.status()) && loc != null) {
                if (hops >= 20) {
                    if (!quiet) log.println("20 redirections exceeded.");
                    return 8;
                }
                if (verbose) log.println("Location: " + loc + " [following]");
                s.close();
                return fetch(ctx, HttpClient.resolve(url, loc), quiet, nv, showResponse, output, timeoutNs, hops + 1);
            }
            if (resp.status() >= 400) {
                if (!quiet) log.println(date(ctx) + " ERROR " + resp.status() + ": " + resp.reason() + ".");
                if (!quiet) log.println();
                return 8;
            }
            String ctype = resp.header("Content-Type");
            String cl = resp.header("Content-Length");
            String type = ctype == null ? "" : " [" + ctype.split(";")[0].trim() + "]";
            if (verbose) {
                if (cl != null) {
                    long n = Long.parseLong(cl.trim());
                    log.println("Length: " + n + (n >= 1024 ? " (" + human(n) + ")" : "") + type);
                } else {
                    log.println("Length: unspecified" + type);
                }
            }
            boolean toStdout = "-".equals(output);
            String file = output != null ? output : uniqueName(ctx, defaultName(url));
            if (verbose) log.println("Saving to: '" + (toStdout ? "STDOUT" : file) + "'");
            byte[] body = resp.body();
            if (toStdout) {
                ctx.out.write(body, 0, body.length);
                ctx.out.flush();
            } else {
                try {
                    HttpClient.writeFile(ctx, file, body);
                } catch (KernelException e) {
                    log.println(file + ": " + e.errno.text);
                    return 3;
                }
            }
            long ns = Math.max(1, loop.now() - start);
            String speed = speed(body.length, ns);
            if (verbose) {
                log.println();
                log.println(dots(body.length, speed));
                log.println();
                log.println(date(ctx) + " (" + speedLong(body.length, ns) + ") - " + (toStdout ? "written to stdout" : "'" + file + "' saved")
                        + " [" + body.length + (cl != null ? "/" + body.length : "") + "]");
                log.println();
            } else if (nv) {
                log.println(date(ctx) + " URL:" + url.text() + " [" + body.length + (cl != null ? "/" + body.length : "") + "] -> \""
                        + (toStdout ? "-" : file) + "\" [1]");
            }
            return 0;
        } finally {
            s.close();
        }
    }

    private static String defaultName(HttpClient.Url url) {
        String p = url.path();
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        String n = p.substring(p.lastIndexOf('/') + 1);
        return n.isEmpty() ? "index.html" : n;
    }

    /** An existing file is not overwritten: NAME.1, NAME.2, ... */
    private static String uniqueName(Ctx ctx, String name) {
        if (!ctx.host.vfs().exists(ctx.ns(), ctx.resolve(name))) return name;
        for (int i = 1; ; i++) if (!ctx.host.vfs().exists(ctx.ns(), ctx.resolve(name + "." + i))) return name + "." + i;
    }

    private static String human(long n) {
        if (n < 1024 * 1024) return String.format("%.1fK", n / 1024.0).replace(".0K", ".0K");
        return String.format("%.1fM", n / (1024.0 * 1024));
    }

    /**
     * The dot progress of a log that is not a terminal (progress.c's dot style): "     0K", five
     * groups of ten dots (a KiB each, spaces where the download ended), the percentage, the rate.
     * Only the one-row form: downloads below 50 KiB.
     */
    private static String dots(long bytes, String speed) {
        StringBuilder sb = new StringBuilder("     0K");
        long kib = bytes / 1024;
        for (int g = 0; g < 5; g++) {
            sb.append(' ');
            for (int d = 0; d < 10; d++) sb.append(g * 10 + d < kib ? '.' : ' ');
        }
        sb.append("100% ").append(String.format("%5s", speed)).append("=0s");
        return sb.toString();
    }

    /** The rate as the dot line shows it: "635K", "1.21M". */
    private static String speed(long bytes, long ns) {
        double bps = bytes * 1e9 / ns;
        if (bps < 1024 * 1024) return String.format("%.0fK", bps / 1024);
        return String.format("%.2fM", bps / (1024 * 1024));
    }

    private static String speedLong(long bytes, long ns) {
        double bps = bytes * 1e9 / ns;
        if (bps < 1024 * 1024) return String.format("%.0f KB/s", bps / 1024);
        return String.format("%.2f MB/s", bps / (1024 * 1024));
    }
}
