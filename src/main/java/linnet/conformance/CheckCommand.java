package linnet.conformance;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code linnet check}, spelled as the reference runner's:
 * {@code [--tier NAME]... [--corpus DIR] [--diff-dir DIR] [--list] [SCENARIO...]}.
 * There is no {@code --cmd}: the implementation under test is this one, in-process.
 */
public final class CheckCommand {
    static final String USAGE = "usage: linnet check [--tier NAME]... [--corpus DIR] [--diff-dir DIR] [--list] [SCENARIO...]";

    private CheckCommand() {}

    /**
     * Runs {@code linnet check ARGS}; returns the exit status.
     *
     * @param defaultCorpus the corpus used without --corpus (the project's conformance/)
     */
    public static int run(List<String> args, Path defaultCorpus, PrintStream out) {
        Path corpus = defaultCorpus, diffDir = null;
        boolean list = false;
        List<String> tiers = new ArrayList<>(), specs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            String opt = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (List.of("--tier", "--corpus", "--diff-dir").contains(opt)) {
                if (eq > 0 && a.startsWith("--")) value = a.substring(eq + 1);
                else if (i + 1 < args.size()) value = args.get(++i);
                else { out.println(USAGE); return 2; }
            }
            switch (opt) {
                case "--tier" -> tiers.add(value);
                case "--corpus" -> corpus = Path.of(value);
                case "--diff-dir" -> diffDir = Path.of(value);
                case "--list" -> list = true;
                case "-h", "--help" -> { out.println(USAGE); return 0; }
                case "--" -> { specs.addAll(args.subList(i + 1, args.size())); i = args.size(); }
                default -> {
                    if (a.startsWith("-")) { out.println("check: unknown option " + a); out.println(USAGE); return 2; }
                    specs.add(a);
                }
            }
        }
        if (!list) return CorpusRunner.check(corpus, tiers, specs, out, diffDir);
        try {
            for (Corpus.Scenario s : new Corpus(corpus).select(tiers, specs)) {
                out.printf("%-32s %s%n", s.name(), Corpus.description(s));
            }
            return 0;
        } catch (Corpus.SelectionException e) {
            out.println("check: " + e.getMessage());
            return 2;
        }
    }
}
