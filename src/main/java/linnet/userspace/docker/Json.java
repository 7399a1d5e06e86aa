package linnet.userspace.docker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the Docker Engine API returns and docker/cli prints: values are Java maps (key order
 * kept), lists, strings, numbers, booleans and null. {@link #indent} is Go's
 * json.MarshalIndent(v, "", "    ") as `docker inspect` prints it (HTML characters escaped the
 * way encoding/json does), {@link #compact} its json.Marshal (what {{json .X}} prints).
 */
public final class Json {
    private Json() {}

    /** An ordered object built from alternating keys and values. */
    public static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    public static String indent(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, "", true);
        return sb.toString();
    }

    public static String compact(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, "", false);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, String pad, boolean pretty) {
        String in = pad + "    ";
        if (v == null) sb.append("null");
        else if (v instanceof String s) quote(sb, s);
        else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) sb.append(v);
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { sb.append("{}"); return; }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                if (pretty) sb.append('\n').append(in);
                quote(sb, (String) e.getKey());
                sb.append(pretty ? ": " : ":");
                write(sb, e.getValue(), in, pretty);
            }
            if (pretty) sb.append('\n').append(pad);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { sb.append("[]"); return; }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                if (pretty) sb.append('\n').append(in);
                write(sb, l.get(i), in, pretty);
            }
            if (pretty) sb.append('\n').append(pad);
            sb.append(']');
        } else quote(sb, v.toString());
    }

    /** encoding/json's string escaping: <, >, & and U+2028/9 as \\u escapes, controls as \\n \\t or \\u00XX. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
