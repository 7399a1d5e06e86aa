package linnet.tools.coreutils;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import linnet.kernel.core.Realtime;
import linnet.tools.common.Ctx;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * date(1) of GNU coreutils 9.1 on the machine's CLOCK_REALTIME, which is linnet's virtual clock
 * plus the fixed start of the calendar in {@link Realtime#EPOCH_S} (2026-11-22 08:13:12 UTC), so
 * two runs print the same. The zone is UTC, as on the oracle machine (/etc/localtime is Etc/UTC).
 * +FORMAT with strftime's conversions and GNU's flags (- _ 0 ^ # and a width), -u, -d @SECONDS,
 * now, YYYY-MM-DD [HH:MM[:SS]], -R, -I[date|hours|minutes|seconds|ns], --rfc-3339. Setting the
 * clock is not modelled: an operand that is no +FORMAT is an invalid date.
 */
public final class Date implements linnet.tools.common.Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("date", "d:f:I::r:Rs:u", 1).longOpt("date", 1, "d").longOpt("file", 1, "f")
                .longOpt("iso-8601", 2, "I").longOpt("reference", 1, "r").longOpt("rfc-email", 0, "R")
                .longOpt("rfc-822", 0, "R").longOpt("rfc-2822", 0, "R").longOpt("rfc-3339", 1, "T")
                .longOpt("set", 1, "s").longOpt("utc", 0, "u").longOpt("universal", 0, "u").longOpt("debug", 0, "D")
                .parse(ctx, args);
        String when = null, format = null;
        int formats = 0;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "d" -> when = opt.arg();
                case "I" -> {
                    format = iso(ctx, opt.arg() == null ? "date" : opt.arg());
                    formats++;
                }
                case "T" -> {
                    format = rfc3339(ctx, opt.arg());
                    formats++;
                }
                case "R" -> {
                    format = "%a, %d %b %Y %H:%M:%S %z";
                    formats++;
                }
                case "s" -> {
                    ctx.err.println("date: cannot set date: Operation not permitted");
                    return 1;
                }
                case "f", "r" -> {
                    ctx.err.println("date: " + opt.arg() + ": No such file or directory");
                    return 1;
                }
                default -> { } // -u: the zone is UTC already; --debug
            }
        }
        for (String a : o.operands) {
            if (a.startsWith("+")) {
                if (o.operands.size() > 1) {
                    ctx.err.println("date: extra operand " + Input.quoteAlways(o.operands.get(1)));
                    o.fail(ctx, null);
                }
                format = a.substring(1);
                formats++;
            } else {
                ctx.err.println("date: invalid date " + Input.quoteAlways(a));
                return 1;
            }
        }
        if (formats > 1) {
            ctx.err.println("date: multiple output formats specified");
            return 1;
        }
        long ns = Realtime.ns(ctx.host.kernel().loop.now());
        if (when != null) {
            Long parsed = parse(when, ns);
            if (parsed == null) {
                ctx.err.println("date: invalid date " + Input.quoteAlways(when));
                return 1;
            }
            ns = parsed;
        }
        ZonedDateTime t = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))
                .atZone(ZoneOffset.UTC);
        ctx.out.println(strftime(format == null ? "%a %b %e %H:%M:%S %Z %Y" : format, t));
        ctx.out.flush();
        return 0;
    }

    private static String iso(Ctx ctx, String spec) {
        String s = pick(ctx, spec, List.of("hours", "minutes", "date", "seconds", "ns"), "--iso-8601");
        return switch (s) {
            case "date" -> "%Y-%m-%d";
            case "hours" -> "%Y-%m-%dT%H%:z";
            case "minutes" -> "%Y-%m-%dT%H:%M%:z";
            case "seconds" -> "%Y-%m-%dT%H:%M:%S%:z";
            default -> "%Y-%m-%dT%H:%M:%S,%N%:z";
        };
    }

    private static String rfc3339(Ctx ctx, String spec) {
        String s = pick(ctx, spec, List.of("date", "seconds", "ns"), "--rfc-3339");
        return switch (s) {
            case "date" -> "%Y-%m-%d";
            case "seconds" -> "%Y-%m-%d %H:%M:%S%:z";
            default -> "%Y-%m-%d %H:%M:%S.%N%:z";
        };
    }

    /** argmatch: an unambiguous prefix of one of the words. */
    private static String pick(Ctx ctx, String spec, List<String> words, String option) {
        String found = null;
        for (String w : words) {
            if (w.equals(spec)) return w;
            if (w.startsWith(spec) && !spec.isEmpty()) found = found == null ? w : "";
        }
        if (found != null && !found.isEmpty()) return found;
        ctx.err.println("date: " + (found == null ? "invalid" : "ambiguous") + " argument " + Input.quoteAlways(spec)
                + " for " + Input.quoteAlways(option));
        ctx.err.println("Valid arguments are:");
        for (String w : words) ctx.err.println("  - " + Input.quoteAlways(w));
        ctx.err.println("Try 'date --help' for more information.");
        throw new linnet.tools.common.ToolExit(1);
    }

    /** -d: @SECONDS[.FRACTION], now, today, YYYY-MM-DD [HH:MM[:SS]] (UTC); null for what linnet cannot read. */
    private static Long parse(String s, long now) {
        String t = s.strip();
        if (t.startsWith("@")) {
            try {
                java.math.BigDecimal v = new java.math.BigDecimal(t.substring(1).strip());
                return v.movePointRight(9).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        if (t.isEmpty() || t.equalsIgnoreCase("now")) return now;
        if (t.equalsIgnoreCase("today")) return now;
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?").matcher(t);
        if (!m.matches()) return null;
        try {
            LocalDateTime d = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return d.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** strftime in the C locale with GNU's flags: '-' no padding, '_' spaces, '0' zeros, '^' upper case, '#' swap case. */
    /** strftime(3) with GNU date's flags and widths (ls --time-style=+FORMAT uses it too). */
    public static String strftime(String f, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 == f.length()) {
                out.append(c);
                continue;
            }
            int start = i;
            char pad = 0;
            boolean upper = false, swap = false;
            i++;
            while (i < f.length() && "-_0^#".indexOf(f.charAt(i)) >= 0) {
                char fl = f.charAt(i++);
                if (fl == '^') upper = true;
                else if (fl == '#') swap = true;
                else pad = fl;
            }
            int width = -1;
            while (i < f.length() && Character.isDigit(f.charAt(i))) width = Math.max(width, 0) * 10 + f.charAt(i++) - '0';
            int colons = 0;
            while (i < f.length() && f.charAt(i) == ':') {
                colons++;
                i++;
            }
            if (i < f.length() && (f.charAt(i) == 'E' || f.charAt(i) == 'O') && i + 1 < f.length()
                    && "cCxXyYdeHImMSuUVwWy".indexOf(f.charAt(i + 1)) >= 0) i++;
            if (i >= f.length()) {
                out.append(f, start, f.length());
                break;
            }
            char conv = f.charAt(i);
            String v = conversion(conv, colons, t, width, pad);
            if (v == null) {
                out.append(f, start, i + 1);
                continue;
            }
            if (upper) v = v.toUpperCase(Locale.ROOT);
            else if (swap) v = conv == 'Z' || conv == 'p' ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT);
            out.append(v);
        }
        return out.toString();
    }

    /** One conversion, padded; null for one strftime does not know (printed as written). */
    private static String conversion(char c, int colons, ZonedDateTime t, int width, char pad) {
        int hour = t.getHour(), h12 = hour % 12 == 0 ? 12 : hour % 12;
        int dow = t.getDayOfWeek().getValue() % 7;
        int doy = t.getDayOfYear();
        return switch (c) {
            case 'a' -> text(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US), width, pad);
            case 'A' -> text(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US), width, pad);
            case 'b', 'h' -> text(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), width, pad);
            case 'B' -> text(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US), width, pad);
            case 'c' -> text(strftime("%a %b %e %H:%M:%S %Y", t), width, pad);
            case 'C' -> num(Math.floorDiv(t.getYear(), 100), 2, width, pad, '0');
            case 'd' -> num(t.getDayOfMonth(), 2, width, pad, '0');
            case 'D' -> text(strftime("%m/%d/%y", t), width, pad);
            case 'e' -> num(t.getDayOfMonth(), 2, width, pad, ' ');
            case 'F' -> text(strftime("%Y-%m-%d", t), width, pad);
            case 'g' -> num(Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100), 2, width, pad, '0');
            case 'G' -> num(t.get(IsoFields.WEEK_BASED_YEAR), 1, width, pad, '0');
            case 'H' -> num(hour, 2, width, pad, '0');
            case 'I' -> num(h12, 2, width, pad, '0');
            case 'j' -> num(doy, 3, width, pad, '0');
            case 'k' -> num(hour, 2, width, pad, ' ');
            case 'l' -> num(h12, 2, width, pad, ' ');
            case 'm' -> num(t.getMonthValue(), 2, width, pad, '0');
            case 'M' -> num(t.getMinute(), 2, width, pad, '0');
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'N' -> {
                String n = String.format("%09d", t.getNano());
                yield width > 0 && width < 9 ? n.substring(0, width) : width > 9 ? n + "0".repeat(width - 9) : n;
            }
            case 'p' -> text(hour < 12 ? "AM" : "PM", width, pad);
            case 'P' -> text(hour < 12 ? "am" : "pm", width, pad);
            case 'q' -> num((t.getMonthValue() - 1) / 3 + 1, 1, width, pad, '0');
            case 'r' -> text(strftime("%I:%M:%S %p", t), width, pad);
            case 'R' -> text(strftime("%H:%M", t), width, pad);
            case 's' -> num(t.toEpochSecond(), 1, width, pad, '0');
            case 'S' -> num(t.getSecond(), 2, width, pad, '0');
            case 'T' -> text(strftime("%H:%M:%S", t), width, pad);
            case 'u' -> num(t.getDayOfWeek().getValue(), 1, width, pad, '0');
            case 'U' -> num((doy + 6 - dow) / 7, 2, width, pad, '0');
            case 'V' -> num(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, width, pad, '0');
            case 'w' -> num(dow, 1, width, pad, '0');
            case 'W' -> num((doy + 6 - (t.getDayOfWeek().getValue() - 1)) / 7, 2, width, pad, '0');
            case 'x' -> text(strftime("%m/%d/%y", t), width, pad);
            case 'X' -> text(strftime("%H:%M:%S", t), width, pad);
            case 'y' -> num(Math.floorMod(t.getYear(), 100), 2, width, pad, '0');
            case 'Y' -> num(t.getYear(), 1, width, pad, '0');
            case 'z' -> text(switch (colons) {
                case 0 -> "+0000";
                case 1 -> "+00:00";
                case 2 -> "+00:00:00";
                default -> "+00";
            }, width, pad);
            case 'Z' -> text("UTC", width, pad);
            case '%' -> "%";
            default -> null;
        };
    }

    private static String num(long v, int natural, int width, char pad, char defaultPad) {
        String s = Long.toString(Math.abs(v));
        char p = pad == 0 ? defaultPad : pad == '_' ? ' ' : pad;
        int w = pad == '-' ? 0 : width >= 0 ? width : natural;
        String sign = v < 0 ? "-" : "";
        if (p == ' ') return " ".repeat(Math.max(0, w - s.length() - sign.length())) + sign + s;
        return sign + "0".repeat(Math.max(0, w - s.length() - sign.length())) + s;
    }

    private static String text(String s, int width, char pad) {
        if (width <= s.length() || pad == '-') return s;
        return (pad == '0' ? "0" : " ").repeat(width - s.length()) + s;
    }
}
