package linnet.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import linnet.shell.Transcripts;

/**
 * {@code linnet diff [--bare] [--seed N] [--record DIR] SCRIPT}: runs SCRIPT on the real kernel
 * (see {@link KernelRunner}) and in linnet, normalizes both transcripts with the corpus
 * normalizer and prints a unified diff, kernel ("---") against linnet ("+++"), each hunk
 * labelled with the script line its first change belongs to. Exit status as diff's: 0 the
 * same, 1 different, 2 trouble (the machine cannot run the kernel side, or a file is unusable).
 *
 * <p>The kernel side always starts from run-kernel's sandbox, which holds only lo, so the linnet
 * side always starts from the bare profile too; {@code --bare} is accepted for symmetry with
 * {@code linnet run}.
 */
public final class DiffCommand {
    static final String USAGE = "usage: linnet diff [--bare] [--seed N] [--record DIR] SCRIPT";

    private DiffCommand() {}

    /** The kernel side, replaceable so that the comparison can be tested without root. */
    @FunctionalInterface
    public interface Kernel {
        String transcript(String script) throws IOException;
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long seed = CorpusRunner.SEED;
        Path record = null, file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bare" -> { }
                case "--seed", "--record" -> {
                    if (i + 1 >= args.size()) { err.println(USAGE); return 2; }
                    String v = args.get(++i);
                    if (a.equals("--record")) record = Path.of(v);
                    else {
                        try {
                            seed = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            err.println("linnet diff: --seed needs a number");
                            return 2;
                        }
                    }
                }
                case "-h", "--help" -> { out.println(USAGE); return 0; }
                default -> {
                    if (a.startsWith("-") || file != null) { err.println(USAGE); return 2; }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) { err.println(USAGE); return 2; }
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("linnet diff: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        List<String> missing = KernelRunner.missing(script);
        if (!missing.isEmpty()) {
            err.println("linnet diff: cannot run this script on the real kernel here; missing:");
            for (String m : missing) err.println("  " + m);
            return 2;
        }
        String name = file.getFileName().toString().replaceFirst("\\.sh$", "");
        return compare(script, name, seed, KernelRunner::run, record, out, err);
    }

    /** Runs both sides and prints the diff; {@code record}, when not null, receives the kernel's side as a scenario. */
    static int compare(String script, String name, long seed, Kernel kernel, Path record, PrintStream out, PrintStream err) {
        String raw;
        try {
            raw = kernel.transcript(script);
        } catch (IOException e) {
            err.println("linnet diff: the kernel run failed: " + e.getMessage());
            return 2;
        }
        String expected = Normalizer.normalize(raw);
        String actual;
        try {
            actual = Normalizer.normalize(Transcripts.transcript(script, CorpusRunner.BARE, seed));
        } catch (RuntimeException | StackOverflowError e) {
            err.println("linnet diff: linnet failed on this script: " + e);
            actual = "";
        }
        if (record != null && !write(record, name, script, expected, raw, err)) return 2;
        List<String> diff = diff(script, expected, actual, name);
        diff.forEach(out::println);
        return diff.isEmpty() ? 0 : 1;
    }

    /** The unified diff of two normalized transcripts of {@code script}, hunks labelled "line N: COMMAND". */
    public static List<String> diff(String script, String kernel, String linnet, String name) {
        List<ScriptLines.Line> commands = ScriptLines.commands(script);
        int[] block = ScriptLines.blocks(kernel, commands);
        return LineDiff.unified(kernel, linnet, "kernel/" + name, "linnet/" + name, oldIndex -> {
            int b = oldIndex < 0 || block.length == 0 ? -1 : block[Math.min(oldIndex, block.length - 1)];
            if (b < 0) return "before the first command";
            ScriptLines.Line l = commands.get(b);
            return "line " + l.number() + ": " + l.text().strip();
        });
    }

    private static boolean write(Path dir, String name, String script, String expected, String raw, PrintStream err) {
        try {
            for (String sub : List.of("scenarios", "expected", "raw")) Files.createDirectories(dir.resolve(sub));
            Files.writeString(dir.resolve("scenarios").resolve(name + ".sh"), script);
            Files.writeString(dir.resolve("expected").resolve(name + ".out"), expected);
            Files.writeString(dir.resolve("raw").resolve(name + ".txt"), raw);
            return true;
        } catch (IOException e) {
            err.println("linnet diff: cannot record into " + dir + ": " + e.getMessage());
            return false;
        }
    }
}
