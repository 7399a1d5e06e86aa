package linnet.tools.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * sort(1) as coreutils 9.1 with LC_ALL=C: byte order, -n -g -h -r -f -d -i -b per key or
 * globally, -k POS1[,POS2] with coreutils' field/character arithmetic (a default field keeps its
 * leading blanks), -t SEP, -u (equal keys keep the first), -s, and the last-resort whole-line
 * byte comparison; -c/-C. Not here: -V -M -R, -o, -m, -z.
 */
public final class Sort implements Tool {
    /** One key: fields and chars 0-based as coreutils keeps them; eword -1 = the line's end. */
    private static final class Key {
        int sword, schar, eword = -1, echar;
        boolean skipStart, skipEnd, numeric, general, human, fold, dict, printable, reverse;

        boolean hasOptions() { return skipStart || skipEnd || numeric || general || human || fold || dict || printable || reverse; }
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("sort", "bcCdfghik:MmnRrst:uVo:zS:T:", 2).longOpt("ignore-leading-blanks", 0, "b")
                .longOpt("check", 2, "c").longOpt("dictionary-order", 0, "d").longOpt("ignore-case", 0, "f")
                .longOpt("general-numeric-sort", 0, "g").longOpt("human-numeric-sort", 0, "h")
                .longOpt("ignore-nonprinting", 0, "i").longOpt("key", 1, "k").longOpt("numeric-sort", 0, "n")
                .longOpt("reverse", 0, "r").longOpt("stable", 0, "s").longOpt("field-separator", 1, "t")
                .longOpt("unique", 0, "u").longOpt("help", 0, "help").longOpt("version", 0, "version")
                .parse(ctx, args);
        Key global = new Key();
        List<Key> keys = new ArrayList<>();
        int tab = -1;
        boolean unique = false, stable = false;
        int check = 0;
        for (GnuOpts.Opt x : o.opts) {
            String k = x.key();
            switch (k) {
                case "b" -> { global.skipStart = global.skipEnd = true; }
                case "d" -> global.dict = true;
                case "f" -> global.fold = true;
                case "g" -> global.general = true;
                case "h" -> global.human = true;
                case "i" -> global.printable = true;
                case "n" -> global.numeric = true;
                case "r" -> global.reverse = true;
                case "s" -> stable = true;
                case "u" -> unique = true;
                case "c" -> check = 1;
                case "C" -> check = 2;
                case "k" -> keys.add(parseKey(ctx, x.arg()));
                case "t" -> {
                    String t = x.arg();
                    if (t.isEmpty()) die(ctx, "empty tab");
                    if (t.length() > 1 && !t.equals("\\0")) die(ctx, "multi-character tab " + Input.quoteAlways(t));
                    tab = t.equals("\\0") ? 0 : t.charAt(0);
                }
                case "help" -> {
                    ctx.out.println("Usage: sort [OPTION]... [FILE]...");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("sort (GNU coreutils) 9.1");
                    return 0;
                }
                default -> die(ctx, "-" + k + " is not supported by linnet");
            }
        }
        incompatible(ctx, global);
        for (Key k : keys) {
            if (!k.hasOptions()) {
                boolean ss = k.skipStart, se = k.skipEnd;
                k.skipStart = global.skipStart || ss;
                k.skipEnd = global.skipEnd || se;
                k.numeric = global.numeric;
                k.general = global.general;
                k.human = global.human;
                k.fold = global.fold;
                k.dict = global.dict;
                k.printable = global.printable;
                k.reverse = global.reverse;
            }
            incompatible(ctx, k);
        }
        if (keys.isEmpty() && global.hasOptions()) keys.add(global);
        List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
        Input in = new Input(ctx);
        List<String> lines = new ArrayList<>();
        for (String f : files) {
            Input.Read r = in.read(f);
            if (!r.ok()) die(ctx, "cannot read: " + Input.quote(f) + ": " + r.error());
            lines.addAll(Input.lines(r.text()));
        }
        final int sep = tab;
        Comparator<String> byKeys = (a, b) -> {
            for (Key k : keys) {
                int d = compareKey(k, sep, a, b);
                if (d != 0) return d;
            }
            return 0;
        };
        boolean lastResort = !(unique || stable);
        boolean rev = global.reverse;
        Comparator<String> cmp = (a, b) -> {
            int d = byKeys.compare(a, b);
            if (d != 0 || !lastResort) return d;
            d = a.compareTo(b);
            return rev ? -d : d;
        };
        if (keys.isEmpty() && !lastResort && !rev) cmp = String::compareTo;
        if (check > 0) {
            for (int i = 1; i < lines.size(); i++) {
                int d = cmp.compare(lines.get(i - 1), lines.get(i));
                if (d > 0 || unique && d == 0) {
                    if (check == 1) ctx.err.println("sort: " + (files.get(0).equals("-") ? "-" : files.get(0)) + ":" + (i + 1)
                            + ": disorder: " + lines.get(i));
                    return 1;
                }
            }
            return 0;
        }
        lines.sort(cmp);
        StringBuilder out = new StringBuilder();
        String prev = null;
        for (String l : lines) {
            if (unique && prev != null && cmp.compare(prev, l) == 0) continue;
            out.append(l).append('\n');
            prev = l;
        }
        Input.out(ctx, out);
        return 0;
    }

    private static void die(Ctx ctx, String msg) {
        ctx.err.println("sort: " + msg);
        throw new linnet.tools.common.ToolExit(2);
    }

    /** coreutils refuses two numeric orderings (or one with -d/-i) on one key: "options '-gn' are incompatible". */
    private static void incompatible(Ctx ctx, Key k) {
        int n = (k.numeric ? 1 : 0) + (k.general ? 1 : 0) + (k.human ? 1 : 0);
        if (n > 1 || n == 1 && (k.dict || k.printable)) {
            StringBuilder s = new StringBuilder("-");
            if (k.dict) s.append('d');
            if (k.general) s.append('g');
            if (k.human) s.append('h');
            if (k.printable) s.append('i');
            if (k.numeric) s.append('n');
            die(ctx, "options '" + s + "' are incompatible");
        }
    }

    private static Key parseKey(Ctx ctx, String spec) {
        Key k = new Key();
        int[] pos = {0};
        long f = count(ctx, spec, pos, "invalid number at field start");
        if (f == 0) die(ctx, "field number is zero: invalid field specification " + Input.quoteAlways(spec));
        k.sword = (int) Math.min(f - 1, Integer.MAX_VALUE);
        if (pos[0] < spec.length() && spec.charAt(pos[0]) == '.') {
            pos[0]++;
            long c = count(ctx, spec, pos, "invalid number after '.'");
            if (c == 0) die(ctx, "character offset is zero: invalid field specification " + Input.quoteAlways(spec));
            k.schar = (int) Math.min(c - 1, Integer.MAX_VALUE);
        }
        options(ctx, spec, pos, k, true);
        if (pos[0] < spec.length() && spec.charAt(pos[0]) == ',') {
            pos[0]++;
            long e = count(ctx, spec, pos, "invalid number after ','");
            if (e == 0) die(ctx, "field number is zero: invalid field specification " + Input.quoteAlways(spec));
            k.eword = (int) Math.min(e - 1, Integer.MAX_VALUE);
            if (pos[0] < spec.length() && spec.charAt(pos[0]) == '.') {
                pos[0]++;
                k.echar = (int) Math.min(count(ctx, spec, pos, "invalid number after '.'"), Integer.MAX_VALUE);
            }
            options(ctx, spec, pos, k, false);
        }
        if (pos[0] < spec.length()) die(ctx, "stray character in field spec: invalid field specification " + Input.quoteAlways(spec));
        return k;
    }

    private static long count(Ctx ctx, String spec, int[] pos, String what) {
        int i = pos[0];
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) i++;
        if (i == pos[0]) die(ctx, what + ": invalid count at start of " + Input.quoteAlways(spec.substring(pos[0])));
        String d = spec.substring(pos[0], i);
        pos[0] = i;
        return d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d);
    }

    private static void options(Ctx ctx, String spec, int[] pos, Key k, boolean start) {
        while (pos[0] < spec.length()) {
            char c = spec.charAt(pos[0]);
            switch (c) {
                case 'b' -> { if (start) k.skipStart = true; else k.skipEnd = true; }
                case 'd' -> k.dict = true;
                case 'f' -> k.fold = true;
                case 'g' -> k.general = true;
                case 'h' -> k.human = true;
                case 'i' -> k.printable = true;
                case 'n' -> k.numeric = true;
                case 'r' -> k.reverse = true;
                default -> { return; }
            }
            pos[0]++;
        }
    }

    private static boolean blank(char c) { return c == ' ' || c == '\t'; }

    /** Where the key starts in line (coreutils' begfield). */
    private static int begin(Key k, int tab, String s) {
        int p = 0, lim = s.length();
        for (int w = k.sword; p < lim && w > 0; w--) {
            if (tab >= 0) {
                while (p < lim && s.charAt(p) != tab) p++;
                if (p < lim) p++;
            } else {
                while (p < lim && blank(s.charAt(p))) p++;
                while (p < lim && !blank(s.charAt(p))) p++;
            }
        }
        if (k.skipStart) while (p < lim && blank(s.charAt(p))) p++;
        return (int) Math.min(lim, (long) p + k.schar);
    }

    /** Where the key ends (coreutils' limfield). */
    private static int limit(Key k, int tab, String s) {
        if (k.eword < 0) return s.length();
        int p = 0, lim = s.length();
        long ew = k.eword + (k.echar == 0 ? 1L : 0L);
        while (p < lim && ew-- > 0) {
            if (tab >= 0) {
                while (p < lim && s.charAt(p) != tab) p++;
                if (p < lim && (ew > 0 || k.echar != 0)) p++;
            } else {
                while (p < lim && blank(s.charAt(p))) p++;
                while (p < lim && !blank(s.charAt(p))) p++;
            }
        }
        if (k.echar != 0) {
            if (k.skipEnd) while (p < lim && blank(s.charAt(p))) p++;
            p = (int) Math.min(lim, (long) p + k.echar);
        }
        return p;
    }

    private static int compareKey(Key k, int tab, String a, String b) {
        int ab = begin(k, tab, a), ae = Math.max(ab, limit(k, tab, a));
        int bb = begin(k, tab, b), be = Math.max(bb, limit(k, tab, b));
        String x = a.substring(ab, ae), y = b.substring(bb, be);
        int d;
        if (k.numeric) d = Double.compare(numeric(x), numeric(y));
        else if (k.general) d = general(x, y);
        else if (k.human) d = human(x, y);
        else d = filter(k, x).compareTo(filter(k, y));
        return k.reverse ? -d : d;
    }

    private static String filter(Key k, String s) {
        if (!k.fold && !k.dict && !k.printable) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (k.dict && !(blank(c) || Character.isLetterOrDigit(c) && c < 128)) continue;
            if (k.printable && !(c >= 0x20 && c < 0x7f)) continue;
            b.append(k.fold && c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return b.toString();
    }

    /** -n: leading blanks, an optional '-', digits, an optional fraction; anything else is 0. */
    private static double numeric(String s) {
        int i = 0;
        while (i < s.length() && blank(s.charAt(i))) i++;
        int st = i;
        if (i < s.length() && s.charAt(i) == '-') i++;
        int digits = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        }
        String n = s.substring(st, i);
        if (i == digits || n.equals("-") || n.equals(".") || n.equals("-.")) return 0;
        double v = Double.parseDouble(n.endsWith(".") ? n + "0" : n.startsWith("-.") ? "-0" + n.substring(1) : n);
        return v == 0 ? 0 : v; // -0 equals 0
    }

    private static final java.util.regex.Pattern FLOAT =
            java.util.regex.Pattern.compile("^[ \\t]*([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?(?i:inf(?:inity)?|nan))");

    /** -g: strtod's prefix; what is no number sorts first. */
    private static int general(String x, String y) {
        Double a = parseDouble(x), b = parseDouble(y);
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return Double.compare(a, b);
    }

    private static Double parseDouble(String s) {
        var m = FLOAT.matcher(s);
        if (!m.find()) return null;
        String t = m.group(1).toLowerCase();
        if (t.contains("inf")) return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (t.contains("nan")) return Double.NaN;
        return Double.parseDouble(t);
    }

    /** -h: the sign, then the SI suffix's order, then the number. */
    private static int human(String x, String y) {
        double a = numeric(x), b = numeric(y);
        int sa = Double.compare(a, 0), sb = Double.compare(b, 0);
        if (sa != sb) return Integer.compare(sa, sb);
        int ua = suffix(x), ub = suffix(y);
        if (ua != ub) return sa < 0 ? Integer.compare(ub, ua) : Integer.compare(ua, ub);
        return Double.compare(a, b);
    }

    private static int suffix(String s) {
        var m = java.util.regex.Pattern.compile("^[ \\t]*-?[0-9]*\\.?[0-9]*([kKMGTPEZYRQ])").matcher(s);
        return m.find() ? "kKMGTPEZYRQ".indexOf(m.group(1).charAt(0)) == 0 ? 1 : "kKMGTPEZYRQ".indexOf(m.group(1).charAt(0)) : 0;
    }
}
