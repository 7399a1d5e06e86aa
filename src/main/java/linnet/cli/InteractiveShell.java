package linnet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import linnet.shell.exec.HistoryExpansion;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.tools.common.Tty;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.EOFError;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.MaskingCallback;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * `linnet shell`: a root prompt on the emulated machine, the way bash is one. On a terminal:
 * bash's prompt (PS1 of user@host:dir#), line editing, persistent history with `history`, `!!`/`!N` and
 * Ctrl-R, Tab completion, Ctrl-C for the running command, Ctrl-D or `exit` to leave. Without a
 * terminal it is `bash -s`: lines from standard input, no prompt, the same output.
 */
final class InteractiveShell {
    /** The one host file linnet writes; LINNET_HISTFILE or -Dlinnet.histfile put it elsewhere (tests). */
    static Path historyFile() {
        String p = System.getProperty("linnet.histfile");
        if (p == null) p = System.getenv("LINNET_HISTFILE");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".linnet_history");
    }

    private InteractiveShell() {}

    static int run(boolean bare, boolean notes, long seed, PrintStream out, PrintStream err) {
        return run(bare, null, notes, seed, out, err);
    }

    /** @param spec a lab file's lab (the shell runs on its first node), or null for the profile's machine */
    static int run(boolean bare, linnet.lab.LabSpec spec, boolean notes, long seed, PrintStream out, PrintStream err) {
        Lab lab = spec != null ? new Lab(seed, spec) : new Lab(seed, bare ? Lab.Profile.BARE : Lab.Profile.HOST);
        var console = System.console();
        boolean tty = console != null && console.isTerminal();
        RunnerSession session = new RunnerSession(lab, notes);
        session.bootErrors().forEach(err::println);
        if (!tty) return script(session, out, err);
        lab.loop.attachTerminal(new RealTimeClock());
        String what = spec != null ? "lab " + spec.name() + ": " + String.join(", ", lab.nodeNames()) + "; this shell is on "
                + lab.nodeNames().iterator().next() + ", 'ssh NODE' reaches the others"
                : bare ? "bare" : "host profile: eth0 10.0.2.15/24";
        return interactive(session, what, out, err);
    }

    /** bash -s: the lines of standard input, read as the shell asks for them. */
    static int script(ShellSession s, PrintStream out, PrintStream err) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Tty lines = new Tty() {
            @Override
            public String readLine(String prompt, Net net, String cwd) {
                try {
                    return in.readLine();
                } catch (IOException e) {
                    err.println("linnet: " + e.getMessage());
                    return null;
                }
            }

            @Override
            public boolean isTerminal() { return false; }
        };
        try {
            return s.run(lines, out, err);
        } finally {
            s.finish();
        }
    }

    private static int interactive(ShellSession s, String what, PrintStream out, PrintStream err) {
        Terminal term;
        try {
            term = TerminalBuilder.builder().system(true).name("linnet").build();
        } catch (IOException e) {
            err.println("linnet: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        // While a command runs the terminal is in its normal mode: Ctrl-C is SIGINT, for the command.
        term.handle(Terminal.Signal.INT, sig -> s.interrupt());
        Completion completion = new Completion(s);
        DefaultParser words = new DefaultParser();
        Parser parser = new Parser() {
            @Override
            public ParsedLine parse(String line, int cursor, ParseContext context) {
                // an open quote, loop or here-document goes on on the next line (bash's PS2), in one history entry
                if (context == ParseContext.ACCEPT_LINE && !ScriptRunner.isComplete(line + "\n")) {
                    throw new EOFError(-1, -1, "more input");
                }
                return words.parse(line, cursor, context);
            }
        };
        LineReader reader = LineReaderBuilder.builder().terminal(term).appName("linnet").parser(parser)
                .completer((r, line, cands) -> {
                    List<String> w = line.words();
                    int idx = line.wordIndex();
                    List<String> ws = new java.util.ArrayList<>(w);
                    if (idx < ws.size()) ws.set(idx, line.word().substring(0, line.wordCursor()));
                    for (Completion.Cand c : completion.candidates(ws, idx)) {
                        cands.add(new Candidate(c.value(), c.value(), null, null, null, null, c.complete()));
                    }
                })
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ")
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, false)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        History history = reader.getHistory();
        // The line goes to the history after its expansion (bash's order), so JLine adds nothing itself.
        MaskingCallback noHistory = new MaskingCallback() {
            @Override
            public String display(String line) { return line; }

            @Override
            public String history(String line) { return null; }
        };
        Tty terminal = new Tty() {
            @Override
            public String readLine(String prompt, Net net, String cwd) {
                s.reading(net, cwd);
                while (true) {
                    out.flush();
                    String line;
                    try {
                        line = reader.readLine(prompt == null ? "" : prompt, null, noHistory, null);
                    } catch (UserInterruptException e) {
                        throw new Tty.Interrupt();
                    } catch (EndOfFileException e) {
                        return null;
                    }
                    HistoryExpansion.Result x = HistoryExpansion.expand(line, events(history));
                    if (x.error() != null) {
                        err.println("bash: " + x.error());
                        continue;
                    }
                    line = x.line();
                    if (x.expanded()) out.println(line);
                    if (!line.isBlank()) history.add(Instant.now(), line);
                    // the terminal's own builtins (history, help) answer here, in whichever shell reads
                    if (Builtins.run(line, s, history, out, err) != null) continue;
                    return line;
                }
            }

            @Override
            public boolean isTerminal() { return true; }

            @Override
            public boolean isOutput(PrintStream o) { return o == out; }
        };
        out.println("linnet: an emulated Linux machine (" + what + "). 'help' lists what is emulated; Ctrl-D or 'exit' leaves.");
        out.flush();
        try {
            return s.run(terminal, out, err);
        } finally {
            s.finish();
            try {
                history.save();
                term.close();
            } catch (IOException e) {
                err.println("linnet: " + e.getMessage());
            }
        }
    }

    /** JLine's history by bash's numbers (bash counts from 1). */
    static HistoryExpansion.Events events(History h) {
        return new HistoryExpansion.Events() {
            @Override
            public int first() { return h.first() + 1; }

            @Override
            public int last() { return h.size() == 0 ? h.first() : h.last() + 1; }

            @Override
            public String get(int number) { return h.get(number - 1); }
        };
    }
}
