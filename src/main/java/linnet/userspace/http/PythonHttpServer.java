package linnet.userspace.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * python3 as far as `python3 -m http.server` goes (Python 3.11.2's http.server, Debian 12's):
 * SimpleHTTPRequestHandler over the emulated TCP, HTTP/1.0 (one request per connection), files
 * and directory listings from --directory (or the working directory), its 404/501 error pages,
 * and its log lines on standard error. Standard output is a pipe's, so the "Serving HTTP on"
 * line stays in Python's buffer and is lost when the server is killed, as on Linux.
 */
public final class PythonHttpServer implements Tool {
    static final String SERVER = "SimpleHTTP/0.6 Python/3.11.2";

    @Override
    public int run(Ctx ctx, List<String> args) {
        if (args.size() == 1 && (args.get(0).equals("--version") || args.get(0).equals("-V"))) {
            ctx.out.println("Python 3.11.2");
            return 0;
        }
        if (args.size() < 2 || !args.get(0).equals("-m") || !args.get(1).equals("http.server")) {
            if (args.size() >= 2 && args.get(0).equals("-m")) {
                ctx.err.println(ctx.argv0("python3") + ": No module named " + args.get(1));
                return 1;
            }
            ctx.err.println(ctx.argv0("python3") + ": only -m http.server is emulated");
            return 2;
        }
        int port = 8000;
        String bind = null, dir = ctx.cwd;
        List<String> a = args.subList(2, args.size());
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            switch (s) {
                case "-b", "--bind" -> bind = a.get(++i);
                case "-d", "--directory" -> dir = ctx.fold(a.get(++i));
                default -> {
                    if (s.startsWith("--bind=")) bind = s.substring(7);
                    else if (s.startsWith("--directory=")) dir = ctx.fold(s.substring(12));
                    else {
                        try {
                            port = Integer.parseInt(s);
                        } catch (NumberFormatException e) {
                            ctx.err.println("usage: server.py [-h] [--cgi] [-b ADDRESS] [-d DIRECTORY] [-p VERSION] [port]");
                            ctx.err.println("server.py: error: argument port: invalid int value: '" + s + "'");
                            return 2;
                        }
                    }
                }
            }
        }
        return serve(ctx, bind, port, dir);
    }

    /** Serves until killed. */
    public static int serve(Ctx ctx, String bind, int port, String dir) {
        int addr = bind == null ? 0 : linnet.wire.Inet4.parse(bind);
        TcpSocket l = ctx.host.ipv4().tcp.socket(ctx.net);
        // SO_REUSEADDR, as servers set it before bind
        l.reuseAddr = true;
        EventLoop loop = ctx.host.kernel().loop;
        try {
            l.bind(addr, port);
            l.listen(5);
        } catch (KernelException e) {
            ctx.err.println("Traceback (most recent call last):");
            ctx.err.println("OSError: [Errno 98] Address already in use");
            l.close();
            return 1;
        }
        if (ctx.tty != null) {
            String shown = bind == null ? "::" : bind;
            ctx.out.println("Serving HTTP on " + shown + " port " + port + " (http://" + (bind == null ? "[::]" : bind) + ":" + port + "/) ...");
        }
        try {
            while (true) {
                loop.runWhile(() -> !l.hasPendingAccept(), Long.MAX_VALUE);
                TcpSocket c = l.accept();
                if (c == null) return 0;
                try {
                    handle(ctx, c, dir);
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

    private static String httpDate(long s) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).format(Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC));
    }

    private static String logDate(long s) {
        return DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ROOT).format(Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC));
    }

    private static void handle(Ctx ctx, TcpSocket c, String dir) throws KernelException {
        EventLoop loop = ctx.host.kernel().loop;
        StringBuilder buf = new StringBuilder();
        while (buf.indexOf("\r\n\r\n") < 0 && buf.indexOf("\n\n") < 0) {
            loop.runWhile(() -> !c.readable(), loop.now() + 60 * EventLoop.NS_PER_SEC);
            if (c.available() == 0) return;
            buf.append(new String(c.read(), StandardCharsets.ISO_8859_1));
        }
        String requestLine = buf.substring(0, buf.indexOf("\n")).replace("\r", "");
        String[] parts = requestLine.split(" ");
        String method = parts[0], path = parts.length > 1 ? parts[1] : "/";
        String client = linnet.wire.Inet4.format(c.remoteAddr);
        long now = HttpClient.wallS(ctx);
        StringBuilder resp = new StringBuilder();
        int code;
        byte[] body;
        if (!method.equals("GET") && !method.equals("HEAD")) {
            code = 501;
            body = errorPage(501, "Unsupported method ('" + method + "')", "Server does not support this operation");
            ctx.err.println(client + " - - [" + logDate(now) + "] code 501, message Unsupported method ('" + method + "')");
            errorHead(resp, 501, "Unsupported method ('" + method + "')", now, body.length);
        } else {
            String rel = path;
            int q = rel.indexOf('?');
            if (q >= 0) rel = rel.substring(0, q);
            int h = rel.indexOf('#');
            if (h >= 0) rel = rel.substring(0, h);
            String file = ctx.fold(dir + "/" + rel);
            var vfs = ctx.host.vfs();
            boolean isDir = vfs.isDirectory(ctx.ns(), file);
            if (isDir && !rel.endsWith("/")) {
                code = 301;
                body = new byte[0];
                resp.append("HTTP/1.0 301 Moved Permanently\r\nServer: ").append(SERVER).append("\r\nDate: ").append(httpDate(now))
                        .append("\r\nLocation: ").append(rel).append("/\r\nContent-Length: 0\r\n\r\n");
            } else if (isDir && !vfs.exists(ctx.ns(), file + "/index.html")) {
                code = 200;
                body = listing(ctx, file, rel);
                resp.append("HTTP/1.0 200 OK\r\nServer: ").append(SERVER).append("\r\nDate: ").append(httpDate(now))
                        .append("\r\nContent-type: text/html; charset=utf-8\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
            } else {
                if (isDir) file = file + "/index.html";
                String content;
                long mtime;
                try {
                    if (vfs.isDirectory(ctx.ns(), file)) throw new KernelException(linnet.kernel.core.Errno.EISDIR);
                    content = vfs.read(ctx.ns(), file);
                    mtime = vfs.stat(ctx.ns(), file).mtimeNs() / 1_000_000_000L;
                } catch (KernelException e) {
                    content = null;
                    mtime = 0;
                }
                if (content == null) {
                    code = 404;
                    body = errorPage(404, "File not found", "Nothing matches the given URI");
                    ctx.err.println(client + " - - [" + logDate(now) + "] code 404, message File not found");
                    errorHead(resp, 404, "File not found", now, body.length);
                } else {
                    code = 200;
                    body = content.getBytes(StandardCharsets.ISO_8859_1);
                    resp.append("HTTP/1.0 200 OK\r\nServer: ").append(SERVER).append("\r\nDate: ").append(httpDate(now))
                            .append("\r\nContent-type: ").append(guessType(file)).append("\r\nContent-Length: ").append(body.length)
                            .append("\r\nLast-Modified: ").append(httpDate(mtime)).append("\r\n\r\n");
                }
            }
        }
        ctx.err.println(client + " - - [" + logDate(now) + "] \"" + requestLine + "\" " + code + " -");
        byte[] head = resp.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + (method.equals("HEAD") ? 0 : body.length)];
        System.arraycopy(head, 0, all, 0, head.length);
        if (!method.equals("HEAD")) System.arraycopy(body, 0, all, head.length, body.length);
        c.send(all);
        c.shutdownWrite();
        ctx.host.kernel().waitSoftirq();
    }

    private static void errorHead(StringBuilder resp, int code, String msg, long now, int len) {
        resp.append("HTTP/1.0 ").append(code).append(' ').append(msg).append("\r\nServer: ").append(SERVER).append("\r\nDate: ")
                .append(httpDate(now)).append("\r\nConnection: close\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: ")
                .append(len).append("\r\n\r\n");
    }

    /** BaseHTTPRequestHandler's DEFAULT_ERROR_MESSAGE. */
    static byte[] errorPage(int code, String message, String explain) {
        String s = "<!DOCTYPE HTML>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"utf-8\">\n"
                + "        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n"
                + "        <p>Error code: " + code + "</p>\n        <p>Message: " + escape(message) + ".</p>\n"
                + "        <p>Error code explanation: " + code + " - " + explain + ".</p>\n    </body>\n</html>\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    private static byte[] listing(Ctx ctx, String dir, String rel) {
        List<String> names;
        try {
            names = new ArrayList<>(ctx.host.vfs().list(ctx.ns(), dir));
        } catch (KernelException e) {
            names = new ArrayList<>();
        }
        names.sort((x, y) -> x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT)));
        String title = "Directory listing for " + escape(rel);
        List<String> r = new ArrayList<>();
        r.add("<!DOCTYPE HTML>");
        r.add("<html lang=\"en\">");
        r.add("<head>");
        r.add("<meta charset=\"utf-8\">");
        r.add("<title>" + title + "</title>\n</head>");
        r.add("<body>\n<h1>" + title + "</h1>");
        r.add("<hr>\n<ul>");
        for (String n : names) {
            String shown = ctx.host.vfs().isDirectory(ctx.ns(), dir + "/" + n) ? n + "/" : n;
            r.add("<li><a href=\"" + shown + "\">" + escape(shown) + "</a></li>");
        }
        r.add("</ul>\n<hr>\n</body>\n</html>\n");
        return String.join("\n", r).getBytes(StandardCharsets.UTF_8);
    }

    /** mimetypes.guess_type for the common extensions; application/octet-stream otherwise. */
    static String guessType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        int dot = f.lastIndexOf('.');
        String ext = dot < 0 || f.lastIndexOf('/') > dot ? "" : f.substring(dot + 1);
        return switch (ext) {
            case "txt", "py", "c", "h", "sh", "md" -> ext.equals("py") ? "text/x-python" : ext.equals("c") || ext.equals("h")
                    ? "text/plain" : ext.equals("sh") ? "application/x-sh" : ext.equals("md") ? "text/markdown" : "text/plain";
            case "html", "htm" -> "text/html";
            case "json" -> "application/json";
            case "css" -> "text/css";
            case "js" -> "text/javascript";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "xml" -> "text/xml";
            case "csv" -> "text/csv";
            case "pdf" -> "application/pdf";
            case "gz" -> "application/gzip";
            case "tar" -> "application/x-tar";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }
}
