package linnet.tools.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One printer, two formats (iproute2's json_print.h): each field is emitted once with its JSON key
 * and its text format; in text mode the text form is written, in JSON mode the value goes into the
 * document, which is written at {@link #finish()} (compact, or pretty with -p).
 */
public final class Printer {
    private final boolean json;
    private final boolean pretty;
    private final StringBuilder text = new StringBuilder();
    private final List<Object> root = new ArrayList<>();
    private final Deque<Object> stack = new ArrayDeque<>();

    public Printer(boolean json, boolean pretty) {
        this.json = json;
        this.pretty = pretty;
        stack.push(root);
    }

    public boolean json() { return json; }

    /** color.h's classes as the ANSI foreground codes iproute2 writes (-c): 0 is no color. */
    public static final int COLOR_NONE = 0, COLOR_IFNAME = 36, COLOR_MAC = 33, COLOR_INET = 35, COLOR_INET6 = 34,
            COLOR_OPERSTATE_UP = 32, COLOR_OPERSTATE_DOWN = 31;
    private boolean color;

    /** check_enable_color: colors for text output only. */
    public Printer color(boolean on) {
        color = on && !json;
        return this;
    }

    /** print_color_string: the formatted text between the color's code and the reset. */
    public Printer colored(String key, String fmt, String value, int code) {
        if (json) {
            if (key != null) put(key, value);
        } else if (fmt != null) {
            String t = fmt.replace("%s", value);
            if (color && code != COLOR_NONE) text.append("\u001b[").append(code).append('m').append(t).append("\u001b[0m");
            else text.append(t);
        }
        return this;
    }

    /** oper_state_color: UP green, DOWN red, the rest (UNKNOWN, LOWERLAYERDOWN ...) plain. */
    public static int operstateColor(String state) {
        return switch (state) {
            case "UP" -> COLOR_OPERSTATE_UP;
            case "DOWN" -> COLOR_OPERSTATE_DOWN;
            default -> COLOR_NONE;
        };
    }

    @SuppressWarnings("unchecked")
    private void put(String key, Object v) {
        Object top = stack.peek();
        if (top instanceof List<?> l) ((List<Object>) l).add(v);
        else ((Map<String, Object>) top).put(key, v);
    }

    /** Starts one record (a device, an address, a route). */
    public Printer openObject(String key) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(key, m);
            stack.push(m);
        }
        return this;
    }

    public Printer closeObject() {
        if (json) stack.pop();
        return this;
    }

    public Printer openArray(String key) {
        if (json) {
            List<Object> l = new ArrayList<>();
            put(key, l);
            stack.push(l);
        }
        return this;
    }

    public Printer closeArray() {
        if (json) stack.pop();
        return this;
    }

    /** A string field: {@code fmt} is its text form with one %s (null = JSON only). */
    public Printer string(String key, String fmt, String value) {
        if (json) {
            if (key != null) put(key, value);
        } else if (fmt != null) {
            text.append(fmt.replace("%s", value));
        }
        return this;
    }

    /** A number field: {@code fmt} has one %s for the decimal value (null = JSON only). */
    public Printer number(String key, String fmt, long value) {
        if (json) {
            if (key != null) put(key, value);
        } else if (fmt != null) {
            text.append(fmt.replace("%s", Long.toString(value)));
        }
        return this;
    }

    /** A value json_writer prints as it is, unquoted (jsonw_printf: the bridge timers' "14.97"). */
    private record Raw(String s) {
        @Override
        public String toString() { return s; }
    }

    /** A field whose JSON value is {@code json} written verbatim, and whose text form is fmt with the text value. */
    public Printer raw(String key, String fmt, String textValue, String json) {
        if (this.json) put(key, new Raw(json));
        else if (fmt != null) text.append(fmt.replace("%s", textValue));
        return this;
    }

    /** print_on_off: "on"/"off" in text, a boolean in JSON. */
    public Printer onOff(String key, String fmt, boolean v) {
        if (json) put(key, v);
        else text.append(fmt.replace("%s", v ? "on" : "off"));
        return this;
    }

    /** An element of the current JSON array (text mode: nothing). */
    public Printer jsonItem(String value) {
        if (json) put(null, value);
        return this;
    }

    /** A number element of the current JSON array (text mode: nothing). */
    public Printer numberItem(long value) {
        if (json) put(null, value);
        return this;
    }

    /** A JSON boolean true with no text form (text already printed by the caller). */
    public Printer jsonTrue(String key) {
        if (json) put(key, Boolean.TRUE);
        return this;
    }

    /** A JSON boolean false with no text form. */
    public Printer jsonFalse(String key) {
        if (json) put(key, Boolean.FALSE);
        return this;
    }

    /** A JSON null (iproute2's print_null) with its text form. */
    public Printer nullValue(String key, String textForm) {
        if (json) put(key, null);
        else text.append(textForm);
        return this;
    }

    /** Text that has no JSON counterpart (separators, newlines). */
    public Printer text(String s) {
        if (!json) text.append(s);
        return this;
    }

    /** Everything printed: the text, or the JSON document (an array of the records) and a newline. */
    public String finish() {
        if (!json) return text.toString();
        StringBuilder sb = new StringBuilder();
        write(sb, root, 0);
        return sb.append('\n').toString();
    }

    private void eol(StringBuilder sb, int level) {
        if (pretty) sb.append('\n').append("    ".repeat(level));
    }

    /**
     * json_writer.c's layout: with -p every object member starts a new line indented four spaces
     * per level, while array elements follow each other on one line ("[ {", "},{", "} ]",
     * "[ "A","B" ]").
     */
    private void write(StringBuilder sb, Object v, int level) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                eol(sb, level + 1);
                quote(sb, (String) e.getKey());
                sb.append(pretty ? ": " : ":");
                write(sb, e.getValue(), level + 1);
            }
            if (!m.isEmpty()) eol(sb, level);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            // json_writer's arrays: "[ " and " ]" around the elements when pretty, no line breaks
            // of their own (objects inside break their members: "[ {" ... "},{" ... "} ]").
            sb.append(pretty ? "[ " : "[");
            boolean first = true;
            for (Object o : l) {
                if (!first) sb.append(',');
                first = false;
                write(sb, o, level + 1);
            }
            if (pretty && !l.isEmpty()) sb.append(' ');
            sb.append(']');
        } else if (v instanceof String s) {
            quote(sb, s);
        } else {
            sb.append(v == null ? "null" : v.toString());
        }
    }

    /** A JSON string: quotes, backslash, newline and tab escaped, other controls as \\u00XX. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
