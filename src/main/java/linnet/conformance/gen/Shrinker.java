package linnet.conformance.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a differing script short: removes chunks of command lines (halving the chunk size when
 * no chunk can go, as delta debugging does) while the script still shows the same difference.
 * Comment lines go first; they never matter. Every test of a candidate costs one kernel run,
 * so the number of tests is bounded.
 */
public final class Shrinker {
    private Shrinker() {}

    /**
     * @param lines   the script's lines
     * @param differs whether a candidate script (its lines) still shows the difference
     * @param budget  the most candidates to test
     * @return the shortest script found that still differs (the input when none is shorter)
     */
    public static List<String> shrink(List<String> lines, Predicate<List<String>> differs, int budget) {
        List<String> cur = new ArrayList<>();
        for (String l : lines) if (!l.isBlank() && !l.strip().startsWith("#")) cur.add(l);
        if (!differs.test(cur)) cur = new ArrayList<>(lines); // the comments were needed after all (they never are)
        int tests = 1;
        int chunk = Math.max(1, cur.size() / 2);
        while (chunk >= 1 && tests < budget) {
            boolean removed = false;
            // from the end: later lines depend on earlier ones, rarely the other way round
            for (int start = Math.max(0, cur.size() - chunk); start >= 0 && tests < budget; start -= chunk) {
                int end = Math.min(cur.size(), start + chunk);
                if (end <= start) continue;
                List<String> cand = new ArrayList<>(cur.subList(0, start));
                cand.addAll(cur.subList(end, cur.size()));
                tests++;
                if (!cand.isEmpty() && differs.test(cand)) {
                    cur = cand;
                    removed = true;
                    start = Math.min(start, cur.size());
                }
                if (start == 0) break;
            }
            if (!removed) chunk /= 2;
            else chunk = Math.min(chunk, Math.max(1, cur.size() / 2));
        }
        return cur;
    }
}
