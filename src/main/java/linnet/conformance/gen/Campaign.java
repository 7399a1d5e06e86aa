package linnet.conformance.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import linnet.conformance.DiffCommand;
import linnet.conformance.KernelRunner;
import linnet.conformance.Normalizer;
import linnet.shell.Transcripts;

/**
 * {@code linnet gen [--seed S] [-n N] [--lines L] [--out DIR] [--budget B]}: generates N scripts
 * (seeds S, S+1, ...), runs each on the kernel and in linnet as {@code linnet diff} does, and for
 * every script that differs — and differs the same way when the kernel runs it again, so that
 * the kernel's own nondeterminism is not reported — shrinks it to a short script that still shows
 * its first difference. Prints each shrunk script with its diff; with {@code --out} also writes
 * DIR/gen-SEED.sh (shrunk), DIR/gen-SEED.diff and DIR/gen-SEED.full.sh (as generated).
 * Exit status: 0 no difference, 1 some, 2 the kernel side cannot run here.
 */
public final class Campaign {
    static final String USAGE = "usage: linnet gen [--seed S] [-n N] [--lines L] [--budget B] [--out DIR]";

    private Campaign() {}

    /** Runs a script on both sides: the normalized kernel and linnet transcripts. */
    public interface Sides {
        String kernel(String script) throws IOException;

        default String linnet(String script) {
            try {
                return Normalizer.normalize(Transcripts.transcript(script, true, 1));
            } catch (RuntimeException | StackOverflowError e) {
                return "linnet failed: " + e + "\n";
            }
        }
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long seed = 1;
        int n = 10, lines = 30, budget = 80;
        Path dir = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (i + 1 >= args.size()) { err.println(USAGE); return 2; }
                String v = args.get(++i);
                switch (a) {
                    case "--seed" -> seed = Long.parseLong(v);
                    case "-n" -> n = Integer.parseInt(v);
                    case "--lines" -> lines = Integer.parseInt(v);
                    case "--budget" -> budget = Integer.parseInt(v);
                    case "--out" -> dir = Path.of(v);
                    default -> { err.println(USAGE); return 2; }
                }
            }
        } catch (NumberFormatException e) {
            err.println("linnet gen: not a number: " + e.getMessage());
            return 2;
        }
        List<String> missing = KernelRunner.missing(ScenarioGenerator.script(seed, lines));
        if (!missing.isEmpty()) {
            err.println("linnet gen: cannot run scripts on the real kernel here; missing:");
            for (String m : missing) err.println("  " + m);
            return 2;
        }
        Sides sides = script -> Normalizer.normalize(KernelRunner.run(script));
        return campaign(seed, n, lines, budget, dir, sides, out, err);
    }

    /** The signature of a difference: the changed lines of the diff's first hunk. */
    static List<String> firstHunk(List<String> diff) {
        List<String> h = new ArrayList<>();
        boolean in = false;
        for (String l : diff) {
            if (l.startsWith("@@")) {
                if (in) break;
                in = true;
                continue;
            }
            if (in && (l.startsWith("-") || l.startsWith("+"))) h.add(l);
        }
        return h;
    }

    /** Whether a diff contains a hunk whose changed lines are {@code signature}. */
    static boolean shows(List<String> diff, List<String> signature) {
        List<String> h = new ArrayList<>();
        for (String l : diff) {
            if (l.startsWith("@@")) {
                if (h.equals(signature)) return true;
                h.clear();
            } else if (l.startsWith("-") && !l.startsWith("--- ") || l.startsWith("+") && !l.startsWith("+++ ")) {
                h.add(l);
            }
        }
        return h.equals(signature);
    }

    static int campaign(long seed, int n, int lines, int budget, Path dir, Sides sides, PrintStream out, PrintStream err) {
        int found = 0;
        Set<List<String>> seen = new LinkedHashSet<>();
        for (long s = seed; s < seed + n; s++) {
            String script = ScenarioGenerator.script(s, lines);
            List<String> diff;
            try {
                diff = diff(script, sides);
                if (!diff.isEmpty() && !diff(script, sides).equals(diff)) {
                    err.println("gen-" + s + ": the kernel's transcript changes from run to run; skipped");
                    continue;
                }
            } catch (IOException e) {
                err.println("gen-" + s + ": the kernel run failed: " + e.getMessage());
                continue;
            }
            if (diff.isEmpty()) {
                err.println("gen-" + s + ": same");
                continue;
            }
            List<String> signature = firstHunk(diff);
            if (!seen.add(signature)) {
                err.println("gen-" + s + ": differs as an earlier script did");
                continue;
            }
            found++;
            err.println("gen-" + s + ": differs; shrinking");
            List<String> shrunk = Shrinker.shrink(List.of(script.split("\n")), cand -> {
                try {
                    return shows(diff(String.join("\n", cand) + "\n", sides), signature);
                } catch (IOException e) {
                    return false;
                }
            }, budget);
            String small = "# gen-" + s + " (shrunk): " + shrunk.size() + " lines\n" + String.join("\n", shrunk) + "\n";
            List<String> smallDiff;
            try {
                smallDiff = diff(small, sides);
            } catch (IOException e) {
                smallDiff = diff;
            }
            out.println("==== gen-" + s + ": " + shrunk.size() + " lines (from " + script.lines().filter(l -> !l.startsWith("#")).count() + ")");
            out.print(small);
            smallDiff.forEach(out::println);
            if (dir != null) {
                try {
                    Files.createDirectories(dir);
                    Files.writeString(dir.resolve("gen-" + s + ".sh"), small);
                    Files.writeString(dir.resolve("gen-" + s + ".full.sh"), script);
                    Files.writeString(dir.resolve("gen-" + s + ".diff"), String.join("\n", smallDiff) + "\n");
                } catch (IOException e) {
                    err.println("linnet gen: cannot write into " + dir + ": " + e.getMessage());
                }
            }
        }
        out.println(n + " scripts, " + found + " distinct differences");
        return found == 0 ? 0 : 1;
    }

    private static List<String> diff(String script, Sides sides) throws IOException {
        return DiffCommand.diff(script, sides.kernel(script), sides.linnet(script), "gen");
    }
}
