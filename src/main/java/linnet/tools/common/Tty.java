package linnet.tools.common;

import linnet.kernel.core.Net;

/**
 * A controlling terminal's input, as the shells that read commands from it see it: line by line,
 * shared by every shell that reads it (so a nested {@code ip netns exec NS bash} reads the lines
 * that follow until it exits, and the outer shell goes on after them). Either a real terminal
 * (prompts, line editing) or the lines of a script typed ahead of the shells reading them.
 */
public interface Tty {
    /** Ctrl-C while a line is being typed: the line is dropped and $? is 130. */
    final class Interrupt extends RuntimeException {
        public Interrupt() { super(null, null, false, false); }
    }

    /**
     * The next line without its newline, or null at the end of the input (Ctrl-D). {@code prompt}
     * (null for none) is shown on a terminal; {@code net} and {@code cwd} are the reading shell's,
     * for what a terminal completes with Tab.
     */
    String readLine(String prompt, Net net, String cwd);

    /** A real terminal: the shells reading it are interactive. */
    boolean isTerminal();

    /** Whether {@code out} is this terminal's own output (isatty(1) of a program writing to it). */
    default boolean isOutput(java.io.PrintStream out) { return false; }

    /** Lines of text, one after the other, as if typed ahead: no prompts, not a terminal. */
    static Tty typedAhead(String text) {
        String[] lines = text.split("\n", -1);
        int n = text.endsWith("\n") ? lines.length - 1 : lines.length;
        return new Tty() {
            private int next;

            @Override
            public String readLine(String prompt, Net net, String cwd) {
                return next < n ? lines[next++] : null;
            }

            @Override
            public boolean isTerminal() { return false; }
        };
    }
}
