package linnet.userspace.docker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.wire.Inet4;

/**
 * The web servers of the built-in nginx and httpd images: HTTP/1.1 on port 80 over the emulated
 * TCP, one fixed page at "/", 404 elsewhere, one access-log line per request on the container's
 * standard output (the official images link their access logs to /dev/stdout).
 */
final class HttpServer {
    /** nginx's html/index.html as the official image ships it. */
    static final String NGINX_PAGE = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Welcome to nginx!</title>
            <style>
            html { color-scheme: light dark; }
            body { width: 35em; margin: 0 auto;
            font-family: Tahoma, Verdana, Arial, sans-serif; }
            </style>
            </head>
            <body>
            <h1>Welcome to nginx!</h1>
            <p>If you see this page, the nginx web server is successfully installed and
            working. Further configuration is required.</p>

            <p>For online documentation and support please refer to
            <a href="http://nginx.org/">nginx.org</a>.<br/>
            Commercial support is available at
            <a href="http://nginx.com/">nginx.com</a>.</p>

            <p><em>Thank you for using nginx.</em></p>
            </body>
            </html>
            """;

    static final String HTTPD_PAGE = "<html><body><h1>It works!</h1></body></html>\n";

    static final String NGINX_VERSION = "1.27.5", HTTPD_VERSION = "2.4.63";

    private final boolean nginx;
    private final Ctx ctx;

    HttpServer(Ctx ctx, boolean nginx) {
        this.ctx = ctx;
        this.nginx = nginx;
    }

    private long wallS() { return linnet.kernel.core.Realtime.ns(ctx.host.kernel().loop.now()) / 1_000_000_000L; }

    static String httpDate(long s) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).format(Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC));
    }

    private String logTime() {
        return DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).format(Instant.ofEpochSecond(wallS()).atOffset(ZoneOffset.UTC));
    }

    String errorLogTime() {
        return DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT).format(Instant.ofEpochSecond(wallS()).atOffset(ZoneOffset.UTC));
    }

    int serve(int port) {
        TcpSocket l = ctx.host.ipv4().tcp.socket(ctx.net);
        // SO_REUSEADDR, as servers set it before bind
        l.reuseAddr = true;
        EventLoop loop = ctx.host.kernel().loop;
        try {
            l.bind(0, port);
            l.listen(511);
        } catch (KernelException e) {
            ctx.err.println(nginx ? errorLogTime() + " [emerg] 1#1: bind() to 0.0.0.0:" + port + " failed (98: Address already in use)"
                    : "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:" + port);
            l.close();
            return 1;
        }
        try {
            while (true) {
                loop.runWhile(() -> !l.hasPendingAccept(), Long.MAX_VALUE);
                TcpSocket c = l.accept();
                if (c == null) return 0;
                try {
                    connection(c);
                } catch (KernelException e) {
                    // the client went away
                } finally {
                    c.close();
                }
            }
        } finally {
            l.close();
        }
    }

    /** Requests on one connection until the client closes it (keep-alive), at most 75 s idle. */
    private void connection(TcpSocket c) throws KernelException {
        EventLoop loop = ctx.host.kernel().loop;
        StringBuilder buf = new StringBuilder();
        while (true) {
            int end;
            while ((end = buf.indexOf("\r\n\r\n")) < 0) {
                loop.runWhile(() -> !c.readable(), loop.now() + 75 * EventLoop.NS_PER_SEC);
                if (c.available() == 0) return;
                buf.append(new String(c.read(), StandardCharsets.ISO_8859_1));
            }
            String head = buf.substring(0, end);
            buf.delete(0, end + 4);
            String[] lines = head.split("\r\n");
            String requestLine = lines[0];
            String[] parts = requestLine.split(" ");
            String method = parts[0], path = parts.length > 1 ? parts[1] : "/";
            String version = parts.length > 2 ? parts[2] : "HTTP/1.0";
            String ua = "-", referer = "-";
            boolean close = version.equals("HTTP/1.0");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) continue;
                String k = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), v = lines[i].substring(colon + 1).trim();
                if (k.equals("user-agent")) ua = v;
                if (k.equals("referer")) referer = v;
                if (k.equals("connection") && v.equalsIgnoreCase("close")) close = true;
                if (k.equals("connection") && v.equalsIgnoreCase("keep-alive")) close = false;
            }
            boolean found = path.equals("/") || path.equals("/index.html");
            String body = found ? (nginx ? NGINX_PAGE : HTTPD_PAGE) : notFound();
            int status = found ? 200 : 404;
            StringBuilder resp = new StringBuilder();
            resp.append("HTTP/1.1 ").append(status).append(found ? " OK" : " Not Found").append("\r\n");
            long now = wallS();
            if (nginx) {
                resp.append("Server: nginx/").append(NGINX_VERSION).append("\r\n");
                resp.append("Date: ").append(httpDate(now)).append("\r\n");
                resp.append("Content-Type: text/html\r\n");
                resp.append("Content-Length: ").append(body.length()).append("\r\n");
                if (found) resp.append("Last-Modified: Wed, 16 Apr 2025 12:01:11 GMT\r\n");
                resp.append("Connection: ").append(close ? "close" : "keep-alive").append("\r\n");
                if (found) resp.append("ETag: \"67ff9c07-").append(Integer.toHexString(body.length())).append("\"\r\n");
                if (found) resp.append("Accept-Ranges: bytes\r\n");
            } else {
                resp.append("Date: ").append(httpDate(now)).append("\r\n");
                resp.append("Server: Apache/").append(HTTPD_VERSION).append(" (Unix)\r\n");
                if (found) resp.append("Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT\r\n");
                if (found) resp.append("ETag: \"2d-432a5e4a73a80\"\r\n");
                if (found) resp.append("Accept-Ranges: bytes\r\n");
                resp.append("Content-Length: ").append(body.length()).append("\r\n");
                if (close) resp.append("Connection: close\r\n");
                resp.append("Content-Type: text/html").append(found ? "" : "; charset=iso-8859-1").append("\r\n");
            }
            resp.append("\r\n");
            boolean head0 = method.equals("HEAD");
            if (!head0) resp.append(body);
            c.send(resp.toString().getBytes(StandardCharsets.ISO_8859_1));
            ctx.host.kernel().waitSoftirq();
            int sent = head0 ? 0 : body.length();
            String remote = Inet4.format(c.remoteAddr);
            if (nginx) {
                ctx.out.println(remote + " - - [" + logTime() + "] \"" + requestLine + "\" " + status + " " + sent + " \""
                        + referer + "\" \"" + ua + "\" \"-\"");
            } else {
                ctx.out.println(remote + " - - [" + logTime() + "] \"" + requestLine + "\" " + status + " " + sent);
            }
            ctx.out.flush();
            if (close) {
                c.shutdownWrite();
                return;
            }
        }
    }

    private String notFound() {
        if (nginx) {
            return "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
                    + "<hr><center>nginx/" + NGINX_VERSION + "</center>\r\n</body>\r\n</html>\r\n";
        }
        return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n"
                + "<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n";
    }
}
