package linnet.cli;

import java.io.PrintStream;
import java.util.SortedSet;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;
import linnet.tools.common.Tty;

/**
 * What the terminal side (line editing, history, completion, Ctrl-C: {@link InteractiveShell})
 * needs from the shell behind it: a bash that reads its commands from the terminal, and the view
 * of whichever shell reads the terminal now (a nested `ip netns exec NS bash` reads it too).
 */
interface ShellSession {
    /** Runs bash on the terminal until it exits; returns its exit status. */
    int run(Tty terminal, PrintStream out, PrintStream err);

    /** The shell reading the terminal now: its namespace and directory (called before each line is read). */
    void reading(Net net, String cwd);

    /** The working directory of the shell reading the terminal (absolute). */
    String cwd();

    /** HOME, what bash's \w shows as ~. */
    String home();

    /** The machine's doors (completion reads devices, namespaces, files through them, as tools do). */
    Host host();

    /** The namespace of the shell reading the terminal. */
    Net net();

    /** The command names a line can start with: programs on PATH and the shell's builtins. */
    SortedSet<String> commands();

    /**
     * SIGINT from the terminal (Ctrl-C) for the foreground command. Called on another thread
     * (the terminal's signal handler) while a command runs.
     */
    void interrupt();

    /** The terminal closed: background jobs end. */
    void finish();
}
