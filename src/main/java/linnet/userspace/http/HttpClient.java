package linnet.userspace.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;

/**
 * What curl and wget share: an http:// URL taken apart, a TCP connection over the emulated stack
 * (connect with a timeout on the virtual clock), one HTTP/1.1 request written and the response
 * read back (status line, headers, a body by Content-Length, chunked, or until the server closes).
 */
public final class HttpClient {
    private HttpClient() {}

    /** A URL: scheme, host as written, port, path with query ("/" when none). */
    public record Url(String scheme, String host, int port, boolean portGiven, String path) {
        /** The Host header: the host, and the port when it is not the scheme's. */
        public String hostHeader() { return portGiven && port != defaultPort(scheme) ? host + ":" + port : host; }

        public String text() { return scheme + "://" + hostHeader() + path; }

        static int defaultPort(String scheme) {
            return switch (scheme) {
                case "https" -> 443;
                case "ftp" -> 21;
                default -> 80;
            };
        }

        /** Parses [scheme://]host[:port][/path]; null when the port is not a number. */
        public static Url parse(String s, String defaultScheme) {
            String scheme = defaultScheme;
            int p = s.indexOf("://");
            if (p >= 0) {
                scheme = s.substring(0, p).toLowerCase(Locale.ROOT);
                s = s.substring(p + 3);
            }
            int slash = s.indexOf('/');
            int q = s.indexOf('?');
            if (q >= 0 && (slash < 0 || q < slash)) slash = q;
            String hostPort = slash < 0 ? s : s.substring(0, slash);
            String path = slash < 0 ? "/" : s.substring(slash);
            if (path.startsWith("?")) path = "/" + path;
            int at = hostPort.lastIndexOf('@');
            if (at >= 0) hostPort = hostPort.substring(at + 1);
            String host = hostPort;
            int port = defaultPort(scheme);
            boolean given = false;
            int colon = hostPort.lastIndexOf(':');
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                if (close < 0) return null;
                host = hostPort.substring(1, close);
                colon = hostPort.indexOf(':', close);
            }
            if (colon >= 0) {
                if (!hostPort.startsWith("[")) host = hostPort.substring(0, colon);
                String ps = hostPort.substring(colon + 1);
                if (!ps.isEmpty()) {
                    try {
                        port = Integer.parseInt(ps);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (port < 0 || port > 65535) return null;
                    given = true;
                }
            }
            return new Url(scheme, host, port, given, path);
        }
    }

    /** A Location header resolved against the URL it came from (an absolute URL, an absolute path, or a relative one). */
    public static String resolve(Url base, String location) {
        if (location.contains("://")) return location;
        String origin = base.scheme() + "://" + base.hostHeader();
        if (location.startsWith("/")) return origin + location;
        String p = base.path();
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        return origin + p.substring(0, p.lastIndexOf('/') + 1) + location;
    }

    /** Whether a status is a redirect that names where to go. */
    public static boolean redirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** A response: status line parts, headers in order (name as sent), the body. */
    public record Response(String version, int status, String reason, List<String[]> headers, byte[] body, String head) {
        public String header(String name) {
            for (String[] h : headers) if (h[0].equalsIgnoreCase(name)) return h[1];
            return null;
        }
    }

    public static final class HttpException extends Exception {
        public final Errno errno;
        /** "empty" when the server closed without a byte, "timeout" when the clock ran out. */
        public final String kind;

        HttpException(String kind, Errno errno) {
            super(kind, null, false, false);
            this.kind = kind;
            this.errno = errno;
        }
    }

    /** connect(2) and wait; throws with the socket's errno (ECONNREFUSED, ENETUNREACH, ...) or "timeout". */
    public static TcpSocket connect(Ctx ctx, int addr, int port, long timeoutNs) throws HttpException {
        TcpSocket s = ctx.host.ipv4().tcp.socket(ctx.net);
        EventLoop loop = ctx.host.kernel().loop;
        try {
            s.connect(addr, port);
        } catch (KernelException e) {
            s.close();
            throw new HttpException("connect", e.errno);
        }
        long deadline = timeoutNs > 0 ? loop.now() + timeoutNs : Long.MAX_VALUE;
        loop.runWhile(s::connecting, deadline);
        if (s.connecting()) {
            s.close();
            throw new HttpException("timeout", Errno.ETIMEDOUT);
        }
        Errno e = s.takeError();
        if (e != null || !s.established()) {
            s.close();
            throw new HttpException("connect", e != null ? e : Errno.ECONNREFUSED);
        }
        return s;
    }

    /** Sends the request and reads the whole response (HEAD: no body). */
    public static Response exchange(Ctx ctx, TcpSocket s, String request, boolean head, long deadline) throws HttpException {
        EventLoop loop = ctx.host.kernel().loop;
        try {
            s.send(request.getBytes(StandardCharsets.ISO_8859_1));
            ctx.host.kernel().waitSoftirq();
        } catch (KernelException e) {
            throw new HttpException("send", e.errno);
        }
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        int headEnd = -1;
        while (headEnd < 0) {
            if (!read(loop, s, in, deadline)) {
                if (loop.now() >= deadline) throw new HttpException("timeout", Errno.ETIMEDOUT);
                throw new HttpException(in.size() == 0 ? "empty" : "partial", null);
            }
            headEnd = indexOf(in.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] all = in.toByteArray();
        String headText = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = headText.split("\r\n");
        String[] sl = lines[0].split(" ", 3);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c > 0) headers.add(new String[] {lines[i].substring(0, c), lines[i].substring(c + 1).trim()});
        }
        int status;
        try {
            status = Integer.parseInt(sl[1]);
        } catch (RuntimeException e) {
            throw new HttpException("weird", null);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(all, headEnd + 4, all.length - headEnd - 4);
        Response r0 = new Response(sl[0], status, sl.length > 2 ? sl[2] : "", headers, new byte[0], headText + "\r\n\r\n");
        if (!head && status != 204 && status != 304) {
            String cl = r0.header("Content-Length");
            String te = r0.header("Transfer-Encoding");
            if (te != null && te.equalsIgnoreCase("chunked")) {
                body = dechunk(loop, s, body, deadline);
            } else if (cl != null) {
                long want = Long.parseLong(cl.trim());
                while (body.size() < want && read(loop, s, body, deadline)) { }
            } else {
                while (read(loop, s, body, deadline)) { }
            }
        }
        return new Response(r0.version, status, r0.reason, headers, body.toByteArray(), r0.head);
    }

    private static ByteArrayOutputStream dechunk(EventLoop loop, TcpSocket s, ByteArrayOutputStream raw, long deadline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] b = raw.toByteArray();
            int eol = indexOf(b, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (eol < 0) {
                if (!read(loop, s, raw, deadline)) return out;
                continue;
            }
            int size = Integer.parseInt(new String(b, 0, eol, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) return out;
            if (b.length < eol + 2 + size + 2) {
                if (!read(loop, s, raw, deadline)) return out;
                continue;
            }
            out.write(b, eol + 2, size);
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            rest.write(b, eol + 2 + size + 2, b.length - (eol + 2 + size + 2));
            raw = rest;
        }
    }

    /** One read(2): false at end of stream, on a reset, or when the deadline passed. */
    private static boolean read(EventLoop loop, TcpSocket s, ByteArrayOutputStream to, long deadline) {
        loop.runWhile(() -> !s.readable(), deadline);
        if (s.available() == 0) return false;
        byte[] d = s.read();
        to.write(d, 0, d.length);
        return true;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The calendar time of the machine's clock, in seconds. */
    public static long wallS(Ctx ctx) { return linnet.kernel.core.Realtime.ns(ctx.host.kernel().loop.now()) / 1_000_000_000L; }

    /** Bytes of a file as the emulated file system keeps them (one char per byte). */
    public static String bytes(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    /** Writes {@code data} to {@code path} as the process opens it (O_CREAT|O_TRUNC); /dev/null swallows it. */
    public static void writeFile(Ctx ctx, String path, byte[] data) throws KernelException {
        String p = ctx.fold(path);
        if (p.equals("/dev/null")) return;
        ctx.host.vfs().write(ctx.ns(), ctx.resolve(path), bytes(data));
    }
}
