package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * tr(1) of GNU coreutils 9.1 in the C locale: translate (STRING2 padded with its last character,
 * or STRING1 cut to STRING2 with -t), -d delete, -s squeeze after translating or deleting, -c/-C
 * complement STRING1; [:lower:]/[:upper:] pairs convert case. Options must come before the
 * strings (tr parses them in order, so "tr a -d" translates).
 */
public final class Tr implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("tr", "+AcCdst", 1).longOpt("complement", 0, "c").longOpt("delete", 0, "d")
                .longOpt("squeeze-repeats", 0, "s").longOpt("truncate-set1", 0, "t").parse(ctx, args);
        boolean complement = false, delete = false, squeeze = false, truncate = false;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "c", "C" -> complement = true;
                case "d" -> delete = true;
                case "s" -> squeeze = true;
                case "t" -> truncate = true;
                default -> { } // -A: the C locale, which linnet always has
            }
        }
        List<String> ops = o.operands;
        int n = ops.size();
        boolean translating = n == 2 && !delete;
        // -d and -s together take two strings, each alone one; translating takes two.
        int min = delete == squeeze ? 2 : 1, max = delete && !squeeze ? 1 : 2;
        if (n < min) {
            if (n == 0) o.fail(ctx, "missing operand");
            ctx.err.println("tr: missing operand after " + Input.quoteAlways(ops.get(n - 1)));
            ctx.err.println(squeeze ? "Two strings must be given when both deleting and squeezing repeats."
                    : "Two strings must be given when translating.");
            o.fail(ctx, null);
        }
        if (n > max) {
            ctx.err.println("tr: extra operand " + Input.quoteAlways(ops.get(max)));
            if (n == 2) ctx.err.println("Only one string may be given when deleting without squeezing repeats.");
            o.fail(ctx, null);
        }
        TrSet s1 = TrSet.parse(bytes(ops.get(0)), ctx.err);
        if (s1 == null) return 1;
        TrSet s2 = null;
        if (n == 2) {
            s2 = TrSet.parse(bytes(ops.get(1)), ctx.err);
            if (s2 == null) return 1;
        }
        String why = validate(s1, s2, translating, complement, truncate);
        if (why != null) {
            ctx.err.println("tr: " + why);
            return 1;
        }

        String in = Input.stdin(ctx);
        boolean[] del = new boolean[256], sq = new boolean[256];
        int[] xlate = new int[256];
        for (int i = 0; i < 256; i++) xlate[i] = i;
        if (squeeze && n == 1) {
            sq = complemented(s1.members(), complement);
        } else if (delete) {
            del = complemented(s1.members(), complement);
            if (squeeze) sq = s2.members();
        } else {
            mapping(s1, s2, complement, xlate);
            if (squeeze) sq = s2.members();
        }
        StringBuilder out = new StringBuilder(in.length());
        int last = -1;
        for (int i = 0; i < in.length(); i++) {
            int c = in.charAt(i) & 0xff;
            if (del[c]) continue;
            c = xlate[c];
            // squeezing looks at the output: a run of one squeeze-set character becomes one
            if (sq[c] && c == last) continue;
            out.append((char) c);
            last = c;
        }
        Input.out(ctx, out);
        return 0;
    }

    /** The argument's bytes, one per char (UTF-8 as the terminal gave it). */
    private static String bytes(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean[] complemented(boolean[] in, boolean complement) {
        if (complement) for (int i = 0; i < 256; i++) in[i] = !in[i];
        return in;
    }

    /** The checks tr makes of the two strings before reading anything; null when they are fine, else the message. */
    private static String validate(TrSet s1, TrSet s2, boolean translating, boolean complement, boolean truncate) {
        long len1 = s1.length();
        if (complement) {
            boolean[] in = s1.members();
            len1 = 0;
            for (boolean b : in) if (!b) len1++;
        }
        if (s1.indefiniteRepeats() > 0) return "the [c*] repeat construct may not appear in string1";
        if (s2 == null) return null;
        long len2 = s2.length();
        int indefinite = s2.indefiniteRepeats();
        if (len1 >= len2 && indefinite == 1) {
            // [c*] in string2 fills it up to string1's length
            for (TrSet.Element e : s2.elements) {
                if (e.kind == TrSet.Kind.REPEAT && e.count == 0) e.count = len1 - len2;
            }
            len2 = len1;
        }
        if (indefinite > 1) return "only one [c*] repeat construct may appear in string2";
        if (!translating) {
            return indefinite > 0 ? "the [c*] construct may appear in string2 only when translating" : null;
        }
        if (s2.has(TrSet.Kind.EQUIV)) return "[=c=] expressions may not appear in string2 when translating";
        if (s2.hasRestrictedClass()) {
            return "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'";
        }
        if (!complement && s2.has(TrSet.Kind.CLASS)) {
            // a case class in string2 must stand where one starts in string1; the pair then counts as one
            TrSet.Walk w1 = s1.walk(), w2 = s2.walk();
            boolean new1 = true, new2 = true;
            int c1 = 0, c2 = 0;
            while (c1 != -1 && c2 != -1) {
                c1 = w1.next();
                c2 = w2.next();
                if (new2 && w2.caseClass != null && !(new1 && w1.caseClass != null)) {
                    return "misaligned [:upper:] and/or [:lower:] construct";
                }
                if (w2.caseClass != null) {
                    w1.skipElement();
                    w2.skipElement();
                    len1 -= 25;
                    len2 -= 25;
                }
                new1 = w1.atNewElement();
                new2 = w2.atNewElement();
            }
        }
        if (len1 > len2 && !truncate) {
            if (len2 == 0) return "when not truncating set1, string2 must be non-empty";
            TrSet.Element last = s2.elements.get(s2.elements.size() - 1);
            int fill = switch (last.kind) {
                case CHAR, REPEAT -> last.a;
                case RANGE -> last.b;
                default -> -1;
            };
            if (fill < 0) {
                return "when translating with string1 longer than string2,\nthe latter string must not end with a character class";
            }
            s2.elements.add(new TrSet.Element(TrSet.Kind.REPEAT, fill, 0, null, len1 - len2));
            len2 = len1;
        }
        if (complement && s1.has(TrSet.Kind.CLASS) && !(len2 == len1 && homogeneous(s2))) {
            return "when translating with complemented character classes,\nstring2 must map all characters in the domain to one";
        }
        return null;
    }

    private static boolean homogeneous(TrSet s) {
        TrSet.Walk w = s.walk();
        int first = w.next();
        if (first < 0) return false;
        for (int c; (c = w.next()) >= 0; ) if (c != first) return false;
        return true;
    }

    /** STRING1's characters (or, with -c, all the others in byte order) onto STRING2's, one by one. */
    private static void mapping(TrSet s1, TrSet s2, boolean complement, int[] xlate) {
        TrSet.Walk w2 = s2.walk();
        if (complement) {
            boolean[] in = s1.members();
            for (int i = 0; i < 256; i++) {
                if (in[i]) continue;
                int c = w2.next();
                if (c < 0) break;
                xlate[i] = c;
            }
            return;
        }
        TrSet.Walk w1 = s1.walk();
        while (true) {
            int c1 = w1.next(), c2 = w2.next();
            if ("lower".equals(w1.caseClass) && "upper".equals(w2.caseClass)) {
                for (int i = 'a'; i <= 'z'; i++) xlate[i] = i - 32;
            } else if ("upper".equals(w1.caseClass) && "lower".equals(w2.caseClass)) {
                for (int i = 'A'; i <= 'Z'; i++) xlate[i] = i + 32;
            } else {
                if (c1 < 0 || c2 < 0) break;
                xlate[c1] = c2;
            }
            if (w2.caseClass != null) {
                w1.skipElement();
                w2.skipElement();
            }
        }
    }
}
