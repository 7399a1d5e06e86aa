package linnet.cli;

import java.io.PrintStream;
import org.jline.reader.History;

/** The interactive shell's own builtins: `history` (bash's listing) and `help` (what is emulated). */
final class Builtins {
    private Builtins() {}

    /** Runs {@code line} if it is one of them, else null. {@code history} is null without a terminal. */
    static Integer run(String line, ShellSession s, History history, PrintStream out, PrintStream err) {
        String[] w = line.strip().split("[ \t]+");
        if (w[0].equals("help") && w.length == 1) {
            out.println("linnet emulates the Linux network stack of one machine; you are root on it.");
            out.println("Commands: " + String.join(" ", s.commands()) + " help history");
            out.println("Keys: Tab completes; Up/Down and Ctrl-R search the history; Ctrl-C interrupts; Ctrl-D leaves.");
            out.println("Time is virtual, paced to real time at this terminal. README.md tells what is covered.");
            return 0;
        }
        if (w[0].equals("history") && w.length <= 2) {
            // a shell without a terminal keeps no history (bash -s)
            if (history == null) return 0;
            int n = Integer.MAX_VALUE;
            if (w.length == 2) {
                if (w[1].equals("-c")) {
                    try {
                        history.purge();
                    } catch (java.io.IOException e) {
                        err.println("bash: history: " + e.getMessage());
                        return 1;
                    }
                    return 0;
                }
                try {
                    n = Integer.parseInt(w[1]);
                } catch (NumberFormatException e) {
                    err.println("bash: history: " + w[1] + ": numeric argument required");
                    return 1;
                }
            }
            int total = history.size();
            int skip = Math.max(0, total - n);
            int k = 0;
            for (History.Entry e : history) {
                if (k++ < skip) continue;
                out.printf("%5d  %s%n", e.index() + 1, e.line());
            }
            return 0;
        }
        return null;
    }
}
