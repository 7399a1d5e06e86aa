package linnet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A corpus directory laid out like conformance/ ({@code scenarios/NN-name.sh},
 * {@code expected/NN-name.out}, {@code tiers/NAME.txt}) and the scenario selection rules
 * of the reference {@code check} script, so that {@code ./linnet check 06 --tier l2}
 * picks the same scenarios as {@code check --cmd ... 06 --tier l2}.
 */
public final class Corpus {
    /** One scenario: its name (file name without .sh), script and oracle transcript paths. */
    public record Scenario(String name, Path script, Path expected) {}

    /** A tier or scenario name that does not resolve; the message is the reference's. */
    public static final class SelectionException extends Exception {
        public SelectionException(String message) {
            super(message);
        }
    }

    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("# *[^:]*: *(.*)");

    private final Path dir;

    public Corpus(Path dir) {
        // the real path, so that a scenario named by a path and by its name is the same one
        this.dir = realPath(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path scenarioDir() {
        return dir.resolve("scenarios");
    }

    /** Every scenario, in file-name order (the order of the shell glob under LC_ALL=C). */
    public List<Scenario> all() {
        return scripts("").stream().map(this::scenarioOf).toList();
    }

    /** The scenario with exactly this name, if the corpus has it. */
    public Optional<Scenario> named(String name) {
        Path script = scenarioDir().resolve(name + ".sh");
        return Files.isRegularFile(script) ? Optional.of(scenarioOf(script)) : Optional.empty();
    }

    /**
     * The scenarios to run: the given specs first, then the tiers' entries (the reference
     * appends tier entries after the positional names), repeats dropped keeping the first;
     * all scenarios when both lists are empty.
     */
    public List<Scenario> select(List<String> tiers, List<String> specs) throws SelectionException {
        List<String> sel = new ArrayList<>(specs);
        for (String tier : tiers) {
            Path file = dir.resolve("tiers").resolve(tier + ".txt");
            if (!Files.isRegularFile(file)) throw new SelectionException("no such tier: " + tier);
            for (String name : readNameList(file)) sel.add(scenarioDir().resolve(name + ".sh").toString());
        }
        if (sel.isEmpty()) return all();
        Map<Path, Scenario> unique = new LinkedHashMap<>();
        for (String spec : sel) {
            Scenario s = resolve(spec);
            unique.putIfAbsent(s.script(), s);
        }
        return List.copyOf(unique.values());
    }

    /**
     * One spec: an existing file path; else NN-name or NN-name.sh (only its last path
     * component counts); else the first scenario whose name starts with "SPEC-", then the
     * first that starts with SPEC at all (so "06" finds 06-k8svip-walkthrough).
     */
    public Scenario resolve(String spec) throws SelectionException {
        Path asPath = Path.of(spec);
        if (Files.isRegularFile(asPath)) return scenarioOf(realPath(asPath));
        String base = asPath.getFileName() == null ? spec : asPath.getFileName().toString();
        if (base.endsWith(".sh")) base = base.substring(0, base.length() - 3);
        Optional<Scenario> exact = named(base);
        if (exact.isPresent()) return exact.get();
        for (String prefix : List.of(base + "-", base)) {
            List<Path> found = scripts(prefix);
            if (!found.isEmpty()) return scenarioOf(found.getFirst());
        }
        throw new SelectionException("no such scenario: " + spec);
    }

    /**
     * A list of names, one a line: text from '#' on is a comment, surrounding blanks are
     * ignored and inner runs of blanks collapse to one (as the reference's {@code $(echo $line)}).
     * Used for tiers and for the conformance ratchet file.
     */
    public static List<String> readNameList(Path file) {
        List<String> names = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                String name = String.join(" ", line.trim().split("\\s+"));
                if (!name.isEmpty()) names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The one-line description: the first line of the script, minus "# NN-name:" (as --list shows it). */
    public static String description(Scenario s) {
        try (Stream<String> lines = Files.lines(s.script())) {
            // like sed '1s/^# *[^:]*: *//p': nothing when the first line has no such prefix
            return lines.findFirst().map(DESCRIPTION::matcher).filter(java.util.regex.Matcher::lookingAt)
                    .map(m -> m.group(1)).orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private Scenario scenarioOf(Path script) {
        String name = script.getFileName().toString();
        if (name.endsWith(".sh")) name = name.substring(0, name.length() - 3);
        return new Scenario(name, script, dir.resolve("expected").resolve(name + ".out"));
    }

    /** scenarios/PREFIX*.sh, sorted by name. */
    private List<Path> scripts(String prefix) {
        if (!Files.isDirectory(scenarioDir())) return List.of();
        try (Stream<Path> files = Files.list(scenarioDir())) {
            return files.filter(p -> {
                        String n = p.getFileName().toString();
                        // the glob PREFIX*.sh: the prefix and the suffix may not overlap
                        return n.length() >= prefix.length() + 3 && n.startsWith(prefix)
                                && n.endsWith(".sh") && Files.isRegularFile(p);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
