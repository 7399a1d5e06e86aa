package linnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.shell.Transcripts;

/**
 * linnet's command line: `linnet run [--bare] [--notes] [--transcript] [--seed N] [--trace] FILE|-`, `linnet shell`,
 * `linnet check`, `linnet diff`. {@code --notes} reads scripts in the study notes' dialect, where a
 * word starting with "//" begins a comment; without it lines mean what they mean to bash.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        int rc;
        try {
            rc = run(args, out, System.err);
        } catch (OutOfMemoryError e) {
            // what the allocation would have held is gone with the unwinding, so there is room to say so;
            // a lab half-way through a command cannot go on, so the run ends as the OOM killer ends a process
            long max = Runtime.getRuntime().maxMemory() >> 20;
            System.err.println("linnet: out of memory: the Java heap (" + max + " MiB) is full; the run is stopped"
                    + " (LINNET_JAVA_OPTS=-Xmx<size> gives it more)");
            rc = 137;
        } catch (RuntimeException | Error e) {
            System.err.println("linnet: internal error: " + e);
            rc = 70;
        }
        out.flush();
        System.exit(rc);
    }

    static int usage(PrintStream err) {
        err.println("usage: linnet run [--bare | --lab FILE|NAME] [--notes] [--transcript] [--seed N] [--stats] [--line-timeout S] [--trace | --trace-json] FILE|-");
        err.println("       linnet shell [--bare | --lab FILE|NAME] [--notes] [--seed N]");
        err.println("       linnet check [--tier NAME]... [SCENARIO]...");
        err.println("       linnet diff [--bare] [--seed N] [--record DIR] SCRIPT");
        err.println("       linnet gen [--seed S] [-n N] [--lines L] [--budget B] [--out DIR]");
        return 2;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            // `linnet` alone on a terminal is the shell, as `bash` alone is
            var console = System.console();
            if (console != null && console.isTerminal()) return InteractiveShell.run(false, false, 1, out, err);
            return usage(err);
        }
        return switch (args[0]) {
            case "run" -> runScript(args, out, err);
            case "shell" -> {
                boolean bare = false, notes = false;
                long seed = 1;
                linnet.lab.LabSpec spec = null;
                for (int i = 1; i < args.length; i++) {
                    if (args[i].equals("--bare")) bare = true;
                    else if (args[i].equals("--lab") && i + 1 < args.length) {
                        spec = loadLab(args[++i], err);
                        if (spec == null) yield 2;
                    }
                    else if (args[i].equals("--notes")) notes = true;
                    else if (args[i].equals("--seed") && i + 1 < args.length) seed = Long.parseLong(args[++i]);
                    else yield usage(err);
                }
                yield InteractiveShell.run(bare, spec, notes, seed, out, err);
            }
            case "check" -> linnet.conformance.CheckCommand.run(java.util.List.of(args).subList(1, args.length),
                    projectRoot().resolve("conformance"), out);
            case "gen" -> linnet.conformance.gen.Campaign.run(java.util.List.of(args).subList(1, args.length), out, err);
            case "diff" -> linnet.conformance.DiffCommand.run(java.util.List.of(args).subList(1, args.length), out, err);
            default -> usage(err);
        };
    }

    /** A lab file (or built-in lab) read, or null after saying on stderr why it cannot be. */
    private static linnet.lab.LabSpec loadLab(String name, PrintStream err) {
        try {
            return linnet.lab.LabFile.load(name);
        } catch (linnet.lab.LabFileException e) {
            err.println("linnet: " + e.getMessage());
            return null;
        }
    }

    /** The checkout the launcher runs from (it passes -Dlinnet.home), else the working directory. */
    static Path projectRoot() {
        String h = System.getProperty("linnet.home");
        return Path.of(h != null ? h : ".");
    }

    private static int runScript(String[] args, PrintStream out, PrintStream err) {
        boolean bare = false, transcript = false, notes = false, stats = false, trace = false, traceJson = false;
        long seed = 1;
        long lineTimeoutMs = -1;
        String file = null;
        linnet.lab.LabSpec spec = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--lab" -> {
                    if (++i >= args.length) return usage(err);
                    spec = loadLab(args[i], err);
                    if (spec == null) return 2;
                }
                case "--line-timeout" -> {
                    // seconds of real time a line may run; 0: no limit
                    double s;
                    try {
                        s = ++i < args.length ? Double.parseDouble(args[i]) : -1;
                    } catch (NumberFormatException e) {
                        s = -1;
                    }
                    if (!(s >= 0)) {
                        err.println("linnet: --line-timeout needs a number of seconds (0: no limit)");
                        return 2;
                    }
                    lineTimeoutMs = (long) (s * 1000);
                }
                case "--bare" -> bare = true;
                case "--stats" -> stats = true;
                case "--trace" -> trace = true;
                case "--trace-json" -> trace = traceJson = true;
                case "--transcript" -> transcript = true;
                case "--notes" -> notes = true;
                case "--seed" -> {
                    if (++i >= args.length) return usage(err);
                    try {
                        seed = Long.parseLong(args[i]);
                    } catch (NumberFormatException e) {
                        err.println("linnet: --seed needs a number");
                        return 2;
                    }
                }
                default -> {
                    if (file != null) return usage(err);
                    file = args[i];
                }
            }
        }
        if (file == null) return usage(err);
        String script;
        try {
            script = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file));
        } catch (IOException e) {
            err.println("linnet: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        if (transcript) {
            out.print(spec != null ? Transcripts.transcript(script, spec, seed, notes, lineTimeoutMs)
                    : Transcripts.transcript(script, bare, seed, notes, lineTimeoutMs));
            return 0;
        }
        long heapBefore = stats ? RunStats.heapAfterGc() : 0;
        long t0 = System.nanoTime();
        Lab lab = spec != null ? new Lab(seed, spec) : new Lab(seed, bare ? Lab.Profile.BARE : Lab.Profile.HOST);
        ScriptRunner runner = new ScriptRunner(lab, notes);
        runner.bootErrors().forEach(err::println);
        if (lineTimeoutMs >= 0) runner.setLineTimeoutMs(lineTimeoutMs);
        // --trace: each command's packets are told after its output, as the shell's `trace on` does
        if (trace) runner.setTrace(true, traceJson, false);
        // stderr shares the line discipline: flushed as written, after stdout of the same line.
        PrintStream errStream = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        // bash FILE: one shell for the whole file; each command's output reaches the terminal before the next runs
        int rc = runner.runScript(script, file.equals("-") ? "bash" : file, out, errStream);
        runner.finish();
        if (stats) {
            out.flush();
            err.println(RunStats.report(lab, script, notes, System.nanoTime() - t0, heapBefore));
        }
        return rc;
    }
}
