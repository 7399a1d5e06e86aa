package linnet.tools.tcpdump;

/** print-http.c through txtproto_print: ": HTTP", and the request or status line when it is one. */
final class PrintHttp {
    private PrintHttp() {}

    private static final java.util.Set<String> METHODS = java.util.Set.of("OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE",
            "TRACE", "CONNECT", "PATCH", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "ORDERPATCH", "ACL");

    static void httpPrint(Ndo nd, byte[] b, int o, int len) {
        nd.print(": HTTP");
        String text = new String(b, o, Math.max(0, len), java.nio.charset.StandardCharsets.ISO_8859_1);
        int eol = text.indexOf('\n');
        String line = eol >= 0 ? text.substring(0, eol) : text;
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        String[] tok = line.split(" ", 3);
        boolean request = tok.length >= 1 && METHODS.contains(tok[0]);
        boolean response = tok.length >= 2 && tok[0].startsWith("HTTP/") && tok[1].matches("\\d{3}");
        if (!request && !response) return;
        if (nd.vflag == 0) {
            nd.print(": " + line);
            return;
        }
        for (String l : text.split("\n", -1)) {
            if (l.endsWith("\r")) l = l.substring(0, l.length() - 1);
            nd.print("\n\t" + l);
        }
    }
}
