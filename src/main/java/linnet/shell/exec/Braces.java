package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace expansion (braces.c), the first expansion, on the raw word: a{b,c}d and {1..5} / {a..e}
 * / {1..10..2}; quoted braces and ${...} are not braces; a brace pair without a comma or a
 * valid sequence is left as it is.
 */
final class Braces {
    private Braces() {}

    static List<String> expand(String w) {
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == '\'') { i = Scan.singleEnd(w, i + 1); continue; }
            if (c == '"') { i = Scan.doubleEnd(w, i + 1); continue; }
            if (c == '`') { i = Scan.backquoteEnd(w, i + 1); continue; }
            if (c == '$' && i + 1 < w.length() && (w.charAt(i + 1) == '{' || w.charAt(i + 1) == '(')) { i = Scan.dollarEnd(w, i); continue; }
            if (c == '{') {
                int close = match(w, i);
                if (close > 0) {
                    List<String> alts = alternatives(w.substring(i + 1, close));
                    if (alts != null) {
                        List<String> out = new ArrayList<>();
                        String pre = w.substring(0, i);
                        for (String a : alts) for (String tail : expand(a + w.substring(close + 1))) out.add(pre + tail);
                        return out;
                    }
                }
            }
            i++;
        }
        return List.of(w);
    }

    /** The '}' matching the '{' at i, minding nesting and quotes; -1 if none. */
    private static int match(String w, int i) {
        int depth = 0;
        for (int j = i; j < w.length(); j++) {
            char c = w.charAt(j);
            if (c == '\\') { j++; continue; }
            if (c == '\'') { j = Scan.singleEnd(w, j + 1) - 1; continue; }
            if (c == '"') { j = Scan.doubleEnd(w, j + 1) - 1; continue; }
            if (c == '$' && j + 1 < w.length() && w.charAt(j + 1) == '{') { j = Scan.dollarEnd(w, j) - 1; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return j;
        }
        return -1;
    }

    private static List<String> alternatives(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '\\') { j++; continue; }
            if (c == '\'') { j = Scan.singleEnd(body, j + 1) - 1; continue; }
            if (c == '"') { j = Scan.doubleEnd(body, j + 1) - 1; continue; }
            if (c == '$' && j + 1 < body.length() && body.charAt(j + 1) == '{') { j = Scan.dollarEnd(body, j) - 1; continue; }
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == ',' && depth == 0) { parts.add(body.substring(start, j)); start = j + 1; }
        }
        if (!parts.isEmpty()) {
            parts.add(body.substring(start));
            return parts;
        }
        return sequence(body);
    }

    /** {x..y[..step]} over integers or single letters; null if it is not one. */
    private static List<String> sequence(String body) {
        String[] p = body.split("\\.\\.", -1);
        if (p.length != 2 && p.length != 3) return null;
        long step = 1;
        if (p.length == 3) {
            if (!p[2].matches("-?[0-9]+")) return null;
            step = Math.abs(Long.parseLong(p[2]));
            if (step == 0) step = 1;
        }
        List<String> out = new ArrayList<>();
        if (p[0].matches("-?[0-9]+") && p[1].matches("-?[0-9]+")) {
            long a = Long.parseLong(p[0]), b = Long.parseLong(p[1]);
            int width = 0;
            if (p[0].matches("-?0[0-9]+") || p[1].matches("-?0[0-9]+")) width = Math.max(p[0].length(), p[1].length());
            for (long v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
                out.add(width > 0 ? String.format("%0" + width + "d", v) : Long.toString(v));
                if (out.size() > 1_000_000) break;
            }
            return out;
        }
        if (p[0].length() == 1 && p[1].length() == 1 && Character.isLetter(p[0].charAt(0)) && Character.isLetter(p[1].charAt(0))) {
            char a = p[0].charAt(0), b = p[1].charAt(0);
            for (int v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) out.add(String.valueOf((char) v));
            return out;
        }
        return null;
    }
}
