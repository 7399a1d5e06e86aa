package linnet.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import linnet.shell.Transcripts;

/**
 * Runs corpus scenarios in-process through the emulator and compares their normalized
 * transcripts with the kernel's, printing what the reference {@code check} prints:
 * {@code PASS name} / {@code FAIL name} (a failure followed by the first 40 lines of the
 * diff, indented), then exactly one line {@code N passed, M failed}.
 *
 * <p>This is user-facing ({@code ./linnet check}): an emulator crash is a failed scenario
 * with a one-line reason, never a stack trace.
 */
public final class CorpusRunner {
    /** Lines of diff shown per failure, as the reference runner. */
    static final int DIFF_HEAD = 40;
    /** Every scenario starts from the bare sandbox (only lo, up) with a fixed seed, so runs repeat. */
    static final boolean BARE = true;
    static final long SEED = 1;

    private CorpusRunner() {}

    /** The outcome of one scenario: the normalized actual transcript and its diff against the oracle. */
    public record Result(Corpus.Scenario scenario, boolean passed, String actual, List<String> diff, String problem) {}

    /** {@link #check(Path, List, List, PrintStream, Path)} without a diff directory. */
    public static int check(Path corpusDir, List<String> tiers, List<String> scenarioSpecs, PrintStream out) {
        return check(corpusDir, tiers, scenarioSpecs, out, null);
    }

    /**
     * Runs the selected scenarios (all when no tier and no spec is given).
     *
     * @param diffDir if not null, receives NAME.diff (the full diff) and NAME.actual (the
     *                normalized actual transcript) for every failed scenario
     * @return 0 when every selected scenario passed, 1 when one failed, 2 when the
     *         selection or the diff directory is unusable (as the reference)
     */
    public static int check(Path corpusDir, List<String> tiers, List<String> scenarioSpecs,
                            PrintStream out, Path diffDir) {
        List<Corpus.Scenario> scenarios;
        try {
            scenarios = new Corpus(corpusDir).select(tiers, scenarioSpecs);
        } catch (Corpus.SelectionException e) {
            out.println("check: " + e.getMessage());
            return 2;
        }
        if (diffDir != null) {
            try {
                Files.createDirectories(diffDir);
            } catch (IOException e) {
                out.println("check: cannot create " + diffDir + ": " + e.getMessage());
                return 2;
            }
        }
        int passed = 0, failed = 0;
        for (Corpus.Scenario scenario : scenarios) {
            Result r = run(scenario);
            if (r.passed()) {
                out.println("PASS " + scenario.name());
                passed++;
                continue;
            }
            out.println("FAIL " + scenario.name());
            failed++;
            if (r.problem() != null) out.println("    (" + r.problem() + ")");
            r.diff().stream().limit(DIFF_HEAD).forEach(line -> out.println("    " + line));
            if (r.diff().size() > DIFF_HEAD) out.println("    ... (" + (r.diff().size() - DIFF_HEAD) + " more diff lines)");
            if (diffDir != null) write(diffDir, r, out);
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    /** Runs one scenario through the emulator, normalizes and compares. */
    public static Result run(Corpus.Scenario scenario) {
        String expected;
        try {
            expected = Files.readString(scenario.expected());
        } catch (IOException e) {
            return new Result(scenario, false, "", List.of("no expected output " + scenario.expected()), null);
        }
        String problem = null;
        String actual = "";
        try {
            actual = Normalizer.normalize(Transcripts.transcript(Files.readString(scenario.script()), BARE, SEED));
        } catch (IOException e) {
            problem = "cannot read " + scenario.script() + ": " + e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the emulator is under construction: its failures are results, not crashes
            problem = "linnet failed: " + describe(e);
        }
        List<String> diff = LineDiff.unified(expected, actual,
                "expected/" + scenario.name() + ".out", "actual/" + scenario.name());
        boolean passed = problem == null && diff.isEmpty();
        return new Result(scenario, passed, actual, diff, problem);
    }

    private static String describe(Throwable e) {
        // first line only: the report keeps one line per problem
        String msg = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
    }

    private static void write(Path diffDir, Result r, PrintStream out) {
        String name = r.scenario().name();
        StringBuilder diff = new StringBuilder();
        if (r.problem() != null) diff.append("# ").append(r.problem()).append('\n');
        r.diff().forEach(line -> diff.append(line).append('\n'));
        try {
            Files.writeString(diffDir.resolve(name + ".diff"), diff);
            Files.writeString(diffDir.resolve(name + ".actual"), r.actual());
        } catch (IOException e) {
            out.println("    (cannot write " + diffDir.resolve(name) + ".*: " + e.getMessage() + ")");
        }
    }
}
