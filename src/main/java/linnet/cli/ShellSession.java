package linnet.cli;

import java.io.PrintStream;
import java.util.SortedSet;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;

/**
 * What the interactive shell needs from the shell that runs its lines: the terminal side
 * (line editing, history, completion, Ctrl-C) lives in {@link InteractiveShell}, the language in
 * the script runner. Kept this small so that the runner can grow nested shells, a working
 * directory and compound commands without the terminal side changing.
 */
interface ShellSession {
    /** Runs one complete command line as bash runs a line typed at its prompt; returns its status. */
    int runLine(String line, PrintStream out, PrintStream err);

    /**
     * Whether {@code text} (one or more lines) is an unfinished command, such as an open
     * {@code for ... do}, quote or trailing {@code |}: the prompt then asks for more (bash's PS2).
     */
    boolean needsMore(String text);

    /** Whether the outermost shell has run {@code exit}: the session is over. */
    boolean exited();

    /** The name of the network namespace the current (innermost) shell runs in; null for the root one. */
    String namespace();

    /** The current shell's working directory (absolute). */
    String cwd();

    /** The current shell's HOME, what bash's \w shows as ~. */
    String home();

    /** The machine's host name (bash's \h shows it up to the first dot). */
    String hostname();

    /** The machine's doors (completion reads devices, namespaces, files through them, as tools do). */
    Host host();

    /** The namespace a program started now would run in. */
    Net net();

    /** The command names a line can start with: programs on PATH and the shell's builtins. */
    SortedSet<String> commands();

    /**
     * SIGINT from the terminal (Ctrl-C) for the foreground command. Called on another thread
     * (the terminal's signal handler) while {@link #runLine} runs.
     */
    void interrupt();

    /** The terminal closed: background jobs end. */
    void finish();
}
