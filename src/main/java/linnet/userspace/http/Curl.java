package linnet.userspace.http;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Resolver;
import linnet.tools.common.Tool;

/**
 * curl 7.88.1 (Debian 12's) for http:// over the emulated TCP: -s -S -v -I -i -o -O -w -f -X -H
 * -d -A -m --connect-timeout -L, its "curl: (N) ..." errors and exit codes, the verbose trace
 * ("*   Trying ...", "> " request, "< " response, "{ [N bytes data]"), the progress meter on
 * standard error when not silent, and standard output buffered until exit as stdio does when it
 * is not a terminal. Texts recorded on the oracle (scenario 651).
 */
public final class Curl implements Tool {
    static final String VERSION = "7.88.1";

    private static final class Opts {
        boolean silent, showError, verbose, head, include, fail, location, remoteName;
        String output, writeOut, method, data, agent = "curl/" + VERSION;
        long maxTimeNs, connectTimeoutNs;
        final List<String> headers = new ArrayList<>();
        final List<String> urls = new ArrayList<>();
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2), val = null;
                int eq = name.indexOf('=');
                switch (name) {
                    case "silent" -> o.silent = true;
                    case "show-error" -> o.showError = true;
                    case "verbose" -> o.verbose = true;
                    case "head" -> o.head = true;
                    case "include" -> o.include = true;
                    case "fail" -> o.fail = true;
                    case "location" -> o.location = true;
                    case "remote-name" -> o.remoteName = true;
                    case "ipv4", "insecure", "http1.1", "compressed", "no-progress-meter", "fail-early" -> { }
                    case "output", "write-out", "request", "data", "header", "user-agent", "max-time", "connect-timeout",
                         "data-raw", "url" -> {
                        if (i + 1 >= args.size()) return usage(ctx, "curl: option " + a + ": requires parameter");
                        val = args.get(++i);
                        if (!option(ctx, o, name, val)) return 2;
                    }
                    default -> {
                        return usage(ctx, "curl: option " + a + ": is unknown");
                    }
                }
                continue;
            }
            if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    String longName = switch (c) {
                        case 'o' -> "output";
                        case 'w' -> "write-out";
                        case 'X' -> "request";
                        case 'd' -> "data";
                        case 'H' -> "header";
                        case 'A' -> "user-agent";
                        case 'm' -> "max-time";
                        default -> null;
                    };
                    if (longName != null) {
                        String val;
                        if (j + 1 < a.length()) val = a.substring(j + 1);
                        else if (i + 1 < args.size()) val = args.get(++i);
                        else return usage(ctx, "curl: option -" + c + ": requires parameter");
                        if (!option(ctx, o, longName, val)) return 2;
                        break;
                    }
                    switch (c) {
                        case 's' -> o.silent = true;
                        case 'S' -> o.showError = true;
                        case 'v' -> o.verbose = true;
                        case 'I' -> o.head = true;
                        case 'i' -> o.include = true;
                        case 'f' -> o.fail = true;
                        case 'L' -> o.location = true;
                        case 'O' -> o.remoteName = true;
                        case '4', 'k', 'Z', '#' -> { }
                        default -> {
                            return usage(ctx, "curl: option -" + a.substring(j) + ": is unknown");
                        }
                    }
                }
                continue;
            }
            o.urls.add(a);
        }
        if (o.urls.isEmpty()) {
            if (args.contains("-Z")) ctx.err.println("curl: no URL specified!");
            ctx.err.println("curl: try 'curl --help' or 'curl --manual' for more information");
            return 2;
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int rc = 0;
        try {
            for (String u : o.urls) rc = transfer(ctx, o, u, stdout);
        } finally {
            // stdout is a pipe or a file: stdio writes it out at exit
            ctx.out.write(stdout.toByteArray(), 0, stdout.size());
            ctx.out.flush();
        }
        return rc;
    }

    private static boolean option(Ctx ctx, Opts o, String name, String val) {
        switch (name) {
            case "output" -> o.output = val;
            case "write-out" -> o.writeOut = val;
            case "request" -> o.method = val;
            case "data", "data-raw" -> o.data = o.data == null ? val : o.data + "&" + val;
            case "header" -> o.headers.add(val);
            case "user-agent" -> o.agent = val;
            case "url" -> o.urls.add(val);
            case "max-time", "connect-timeout" -> {
                double secs;
                try {
                    secs = Double.parseDouble(val);
                } catch (NumberFormatException e) {
                    ctx.err.println("curl: option --" + name + ": expected a proper numerical parameter");
                    ctx.err.println("curl: try 'curl --help' or 'curl --manual' for more information");
                    return false;
                }
                long ns = (long) (secs * EventLoop.NS_PER_SEC);
                if (name.equals("max-time")) o.maxTimeNs = ns;
                else o.connectTimeoutNs = ns;
            }
            default -> { }
        }
        return true;
    }

    private static int usage(Ctx ctx, String msg) {
        ctx.err.println(msg);
        ctx.err.println("curl: try 'curl --help' or 'curl --manual' for more information");
        return 2;
    }

    /** One URL: its exit code (0, 6, 7, 22, 28, 52, ...). */
    private int transfer(Ctx ctx, Opts o, String urlText, ByteArrayOutputStream stdout) {
        return transfer(ctx, o, urlText, stdout, 0);
    }

    /** {@code hops}: redirects followed so far under -L (curl's default --max-redirs is 50). */
    private int transfer(Ctx ctx, Opts o, String urlText, ByteArrayOutputStream stdout, int hops) {
        EventLoop loop = ctx.host.kernel().loop;
        long start = loop.now();
        Progress meter = o.silent || o.output == null && false ? null : new Progress(ctx, o);
        HttpClient.Url url = HttpClient.Url.parse(urlText, "http");
        // a URL curl cannot use fails before any transfer starts: no progress meter
        if (url == null) return error(ctx, o, null, 3, "URL using bad/illegal format or missing URL", stdout, null);
        if (!url.scheme().equals("http") && !url.scheme().equals("https") && !url.scheme().equals("ftp")) {
            return error(ctx, o, null, 1, "Protocol \"" + url.scheme() + "\" not supported or disabled in libcurl", stdout, null);
        }
        if (meter != null) meter.begin();
        Integer addr;
        String ipText;
        if (url.host().contains(":")) {
            // an IPv6 literal: linnet's TCP is IPv4 only, as if nothing listened there
            if (o.verbose) ctx.err.println("*   Trying [" + url.host() + "]:" + url.port() + "...");
            return connectFailed(ctx, o, meter, url, url.host(), start, stdout);
        }
        Resolver.Result r = url.host().equalsIgnoreCase("localhost") ? Resolver.resolve4("127.0.0.1") : Resolver.resolve4(ctx, url.host());
        if (!r.ok()) {
            // the meter's first line stays as it was drawn, the error follows it on the same line
            return error(ctx, o, null, 6, "Could not resolve host: " + url.host(), stdout, null);
        }
        addr = r.address();
        ipText = linnet.wire.Inet4.format(addr);
        if (o.verbose) ctx.err.println("*   Trying " + ipText + ":" + url.port() + "...");
        TcpSocket s;
        long connectTimeout = o.connectTimeoutNs > 0 ? o.connectTimeoutNs : o.maxTimeNs;
        try {
            s = HttpClient.connect(ctx, addr, url.port(), connectTimeout);
        } catch (HttpClient.HttpException e) {
            if (e.kind.equals("timeout")) {
                long ms = (loop.now() - start) / 1_000_000L;
                if (o.verbose) ctx.err.println("* Connection timed out after " + ms + " milliseconds");
                return error(ctx, o, meter, 28, o.connectTimeoutNs > 0
                        ? "Failed to connect to " + url.host() + " port " + url.port() + " after " + ms + " ms: Timeout was reached"
                        : "Connection timed out after " + ms + " milliseconds", stdout, url);
            }
            if (o.verbose) ctx.err.println("* connect to " + ipText + " port " + url.port() + " failed: " + e.errno.text);
            if (url.host().equalsIgnoreCase("localhost")) {
                // curl resolves localhost itself, to 127.0.0.1 and ::1; linnet's TCP has no IPv6, so ::1 refuses too
                if (o.verbose) {
                    ctx.err.println("*   Trying [::1]:" + url.port() + "...");
                    ctx.err.println("* connect to ::1 port " + url.port() + " failed: " + Errno.ECONNREFUSED.text);
                }
            }
            return connectFailed(ctx, o, meter, url, url.host(), start, stdout);
        }
        try {
            if (url.scheme().equals("https")) {
                return error(ctx, o, meter, 35, "OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number", stdout, url);
            }
            if (o.verbose) ctx.err.println("* Connected to " + url.host() + " (" + ipText + ") port " + url.port() + " (#0)");
            String method = o.method != null ? o.method : o.head ? "HEAD" : o.data != null ? "POST" : "GET";
            StringBuilder req = new StringBuilder();
            req.append(method).append(' ').append(url.path()).append(" HTTP/1.1\r\n");
            req.append("Host: ").append(url.hostHeader()).append("\r\n");
            req.append("User-Agent: ").append(o.agent).append("\r\n");
            req.append("Accept: */*\r\n");
            for (String h : o.headers) req.append(h).append("\r\n");
            if (o.data != null) {
                req.append("Content-Length: ").append(o.data.length()).append("\r\n");
                req.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            req.append("\r\n");
            if (o.verbose) {
                for (String line : req.toString().split("\r\n", -1)) {
                    // the header bytes as sent, CRLF included
                    ctx.err.print("> " + line + "\r\n");
                    if (line.isEmpty()) break;
                }
            }
            if (o.data != null) req.append(o.data);
            long deadline = o.maxTimeNs > 0 ? start + o.maxTimeNs : Long.MAX_VALUE;
            HttpClient.Response resp;
            try {
                resp = HttpClient.exchange(ctx, s, req.toString(), method.equals("HEAD"), deadline);
            } catch (HttpClient.HttpException e) {
                if (e.kind.equals("timeout")) {
                    long ms = (loop.now() - start) / 1_000_000L;
                    return error(ctx, o, meter, 28, "Operation timed out after " + ms + " milliseconds with 0 bytes received", stdout, url);
                }
                if (e.kind.equals("empty")) return error(ctx, o, meter, 52, "Empty reply from server", stdout, url);
                return error(ctx, o, meter, 56, "Recv failure: Connection reset by peer", stdout, url);
            }
            boolean http10 = resp.version().equals("HTTP/1.0");
            boolean close = http10 || "close".equalsIgnoreCase(resp.header("Connection"));
            if (o.verbose) {
                if (http10) ctx.err.println("* HTTP 1.0, assume close after body");
                for (String line : resp.head().split("\r\n", -1)) {
                    ctx.err.print("< " + line + "\r\n");
                    if (line.isEmpty()) break;
                }
            }
            if (o.fail && resp.status() >= 400) {
                if (o.verbose) ctx.err.println("* The requested URL returned error: " + resp.status());
                if (o.verbose) ctx.err.println("* Closing connection 0");
                return error(ctx, o, meter, 22, "The requested URL returned error: " + resp.status(), stdout, url, true);
            }
            byte[] body = resp.body();
            String loc = resp.header("Location");
            if (o.location && HttpClient.redirect(resp.status()) && loc != null) {
                if (hops >= 50) return error(ctx, o, meter, 47, "Maximum (50) redirects followed", stdout, url);
                if (o.verbose) ctx.err.println(close ? "* Closing connection 0" : "* Connection #0 to host " + url.host() + " left intact");
                String next = HttpClient.resolve(url, loc);
                if (o.verbose) ctx.err.println("* Issue another request to this URL: '" + next + "'");
                if (o.include) stdout.writeBytes(resp.head().getBytes(StandardCharsets.ISO_8859_1));
                s.close();
                return transfer(ctx, o, next, stdout, hops + 1);
            }
            if (o.verbose && body.length > 0) ctx.err.println("{ [" + body.length + " bytes data]");
            if (o.verbose) ctx.err.println(close ? "* Closing connection 0" : "* Connection #0 to host " + url.host() + " left intact");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (o.include || o.head) out.writeBytes(resp.head().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            String target = o.output != null ? o.output : o.remoteName ? remoteName(url) : null;
            if (target != null) {
                try {
                    HttpClient.writeFile(ctx, target, out.toByteArray());
                } catch (KernelException e) {
                    return error(ctx, o, meter, 23, "Failure writing output to destination", stdout, url);
                }
            } else {
                stdout.writeBytes(out.toByteArray());
            }
            if (meter != null) meter.end(body.length, loop.now() - start);
            if (o.writeOut != null) writeOut(ctx, o.writeOut, resp.status(), body.length, ipText, url.port(), resp.header("Content-Type"), url, stdout);
            return 0;
        } finally {
            s.close();
        }
    }

    private static String remoteName(HttpClient.Url url) {
        String p = url.path();
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private int connectFailed(Ctx ctx, Opts o, Progress meter, HttpClient.Url url, String host, long start, ByteArrayOutputStream stdout) {
        long ms = (ctx.host.kernel().loop.now() - start) / 1_000_000L;
        String msg = "Failed to connect to " + host + " port " + url.port() + " after " + ms + " ms: Couldn't connect to server";
        if (o.verbose) {
            ctx.err.println("* " + msg);
            ctx.err.println("* Closing connection 0");
        }
        return error(ctx, o, meter, 7, msg, stdout, url);
    }

    private int error(Ctx ctx, Opts o, Progress meter, int code, String msg, ByteArrayOutputStream stdout, HttpClient.Url url) {
        return error(ctx, o, meter, code, msg, stdout, url, false);
    }

    private int error(Ctx ctx, Opts o, Progress meter, int code, String msg, ByteArrayOutputStream stdout, HttpClient.Url url,
                      boolean got) {
        if (meter != null) meter.fail();
        if (o.writeOut != null) writeOut(ctx, o.writeOut, got ? 0 : 0, 0, "", 0, null, url, stdout);
        if (!o.silent || o.showError) ctx.err.println("curl: (" + code + ") " + msg);
        return code;
    }

    /** -w: the %{variable}s curl 7.88 knows best, \\n escapes. */
    private static void writeOut(Ctx ctx, String fmt, int code, long size, String ip, int port, String ctype, HttpClient.Url url,
                                 ByteArrayOutputStream out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '\\' && i + 1 < fmt.length()) {
                char n = fmt.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
                continue;
            }
            if (c == '%' && fmt.startsWith("%{", i)) {
                int e = fmt.indexOf('}', i);
                if (e > 0) {
                    String v = fmt.substring(i + 2, e);
                    sb.append(switch (v) {
                        case "http_code", "response_code" -> String.format("%03d", code);
                        case "size_download" -> Long.toString(size);
                        case "remote_ip" -> ip;
                        case "remote_port" -> Integer.toString(port);
                        case "content_type" -> ctype == null ? "" : ctype;
                        case "url_effective", "url" -> url == null ? "" : url.text();
                        case "exitcode" -> "0";
                        default -> "";
                    });
                    i = e;
                    continue;
                }
            }
            sb.append(c);
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The progress meter (lib/progress.c) on standard error: the two header lines, then a line
     * redrawn with \r. Only what a transfer that ends at once shows: the start, the final state.
     */
    private static final class Progress {
        private final PrintStream err;

        Progress(Ctx ctx, Opts o) { this.err = ctx.err; }

        private boolean begun;

        void begin() {
            if (begun) return;
            begun = true;
            err.print("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
                    + "                                 Dload  Upload   Total   Spent    Left  Speed\n");
            err.print("\r" + line(0, 0, 0, 0, -1));
        }

        void fail() {
            if (!begun) {
                begin();
            } else {
                err.print("\r" + line(0, 0, 0, 0, -1).substring(0));
            }
            err.print("\n");
            err.flush();
        }

        void end(long bytes, long ns) {
            long speed = ns <= 0 ? bytes * 1000 : bytes * 1_000_000_000L / ns;
            err.print("\r" + line(bytes, bytes, speed, ns, 0) + "\n");
            err.flush();
        }

        private static String line(long total, long got, long speed, long ns, long left) {
            String pct = total > 0 && got == total ? "100" : "  0";
            return String.format("%s %s  %s %s    0     0  %s      0 %s %s %s %s", pct, size(total), pct, size(got),
                    size(speed), total > 0 ? time(ns) : "--:--:--", total > 0 ? time(ns) : "--:--:--", "--:--:--", size(speed));
        }

        private static String time(long ns) {
            long s = ns / 1_000_000_000L;
            return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }

        /** max5data: five columns for a byte count. */
        private static String size(long b) {
            if (b < 100000) return String.format("%5d", b);
            if (b < 10000L * 1024) return String.format("%4dk", b / 1024);
            if (b < 100L * 1024 * 1024) return String.format("%2d.%01dM", b / (1024 * 1024), (b % (1024 * 1024)) * 10 / (1024 * 1024));
            return String.format("%4dM", b / (1024 * 1024));
        }
    }

    static Errno unused() { return Errno.ENOENT; }
}
