package linnet.tools.jq;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The @format filters of jq 1.6 (f_format): text, json, html, uri, csv, tsv, sh, base64, base64d. */
final class JqFormats {
    private JqFormats() {}

    private static String tostring(Object v) { return v instanceof String s ? s : JsonPrinter.compact(v); }

    static String apply(String fmt, Object v) {
        switch (fmt) {
            case "text": return tostring(v);
            case "json": return JsonPrinter.compact(v);
            case "html": {
                String s = tostring(v);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '<' -> b.append("&lt;");
                        case '>' -> b.append("&gt;");
                        case '&' -> b.append("&amp;");
                        case '\'' -> b.append("&" + "apos;");
                        case '"' -> b.append("&quot;");
                        default -> b.append(c);
                    }
                }
                return b.toString();
            }
            case "uri": {
                StringBuilder b = new StringBuilder();
                for (byte x : tostring(v).getBytes(StandardCharsets.UTF_8)) {
                    int c = x & 0xff;
                    if (c < 128 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) b.append((char) c);
                    else b.append(String.format("%%%02X", c));
                }
                return b.toString();
            }
            case "csv":
            case "tsv": {
                if (!(v instanceof List<?> row))
                    throw new JqEval.JqError(JqValues.typed(v) + (fmt.equals("csv") ? " cannot be csv-formatted, only array"
                            : " cannot be tsv-formatted, only array"));
                StringBuilder b = new StringBuilder();
                boolean first = true;
                for (Object x : row) {
                    if (!first) b.append(fmt.equals("csv") ? ',' : '\t');
                    first = false;
                    if (x == null) continue;
                    if (x instanceof Boolean t) b.append(t ? "true" : "false");
                    else if (x instanceof Double d) {
                        if (!Double.isNaN(d)) b.append(JsonPrinter.number(d));
                    } else if (x instanceof String s) {
                        if (fmt.equals("csv")) b.append('"').append(s.replace("\"", "\"\"")).append('"');
                        else b.append(s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"));
                    } else throw new JqEval.JqError(JqValues.typed(x) + " is not valid in a csv row");
                }
                return b.toString();
            }
            case "sh": {
                List<?> items = v instanceof List<?> l ? l : List.of(v == null ? NULL : v);
                StringBuilder b = new StringBuilder();
                boolean first = true;
                for (Object x : items) {
                    if (x == NULL) x = null;
                    if (!first) b.append(' ');
                    first = false;
                    if (x instanceof String s) b.append('\'').append(s.replace("'", "'\\''")).append('\'');
                    else if (x instanceof List || x instanceof Map) throw new JqEval.JqError(JqValues.typed(x) + " can not be escaped for shell");
                    else b.append(JsonPrinter.compact(x));
                }
                return b.toString();
            }
            case "base64": return Base64.getEncoder().encodeToString(tostring(v).getBytes(StandardCharsets.UTF_8));
            case "base64d": {
                String s = tostring(v).replaceAll("=+$", "");
                try {
                    byte[] d = Base64.getDecoder().decode(s.getBytes(StandardCharsets.ISO_8859_1));
                    return JqStrings.decodeUtf8(d, 0, d.length);
                } catch (IllegalArgumentException e) {
                    throw new JqEval.JqError(JqValues.typed(v) + " is not valid base64 data");
                }
            }
            default: throw new JqEval.JqError(fmt + " is not a valid format");
        }
    }

    private static final Object NULL = new Object();
}
