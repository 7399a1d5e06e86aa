package linnet.tools.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;

/**
 * iproute2's batch mode (lib/utils.c do_batch, getcmdline, makeargs), shared by {@code ip -batch}
 * and {@code bridge -batch}: one command per line, '#' to the end of the line ignored, a
 * backslash-newline joining lines, words split at blanks or taken whole between quotes.
 */
public final class Batch {
    private Batch() {}

    /** One command of the batch, without the program name; its status (non-zero is a failure). */
    @FunctionalInterface
    public interface Command {
        int run(List<String> argv);
    }

    /** include/utils.h MAX_ARGS: makeargs keeps one slot for the terminating NULL. */
    static final int MAX_ARGS = 512;

    /**
     * do_batch: reads {@code name} ("-" is standard input) and runs each line; the first failure
     * stops it unless {@code force}. Returns 0, or 1 when the file cannot be opened or a command failed.
     */
    public static int run(Ctx ctx, String name, boolean force, Command cmd) {
        String text;
        if (name.equals("-")) {
            text = ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.UTF_8);
        } else {
            try {
                text = ctx.host.vfs().read(ctx.ns(), ctx.resolve(name));
            } catch (KernelException e) {
                if (e.errno != Errno.EISDIR) {
                    ctx.err.println("Cannot open file \"" + name + "\" for reading: " + e.errno.text);
                    return 1;
                }
                // freopen of a directory for reading succeeds; the first getline fails (EISDIR) like an end of file
                text = "";
            }
        }
        Lines in = new Lines(text);
        int ret = 0;
        while (true) {
            String line = in.getcmdline(ctx);
            if (line == null) break;
            List<String> args = makeargs(ctx, line);
            if (args.isEmpty()) continue;
            int status;
            try {
                status = cmd.run(args);
            } catch (ToolExit e) {
                if (e.exits) throw e;
                status = e.status;
            }
            if (status != 0) {
                ctx.err.println("Command failed " + name + ":" + in.lineno);
                ret = 1;
                if (!force) break;
            }
        }
        return ret;
    }

    /** getline over the whole input, counting lines as cmdlineno does. */
    static final class Lines {
        private final String text;
        private int pos;
        int lineno;

        Lines(String text) { this.text = text; }

        /** The next physical line with its newline (none on a last unterminated line), or null at the end. */
        private String getline() {
            if (pos >= text.length()) return null;
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            String l = text.substring(pos, end);
            pos = end;
            return l;
        }

        private static String cutComment(String l) {
            int h = l.indexOf('#');
            return h < 0 ? l : l.substring(0, h);
        }

        /**
         * getcmdline: a line with its comment cut off, continued while it ends in backslash-newline
         * (each continuation's comment cut too); null at the end or when a continuation is missing.
         */
        String getcmdline(Ctx ctx) {
            String l = getline();
            if (l == null) return null;
            lineno++;
            l = cutComment(l);
            int bs;
            while ((bs = l.indexOf("\\\n")) >= 0) {
                String next = getline();
                if (next == null) {
                    ctx.err.println("Missing continuation line");
                    return null;
                }
                lineno++;
                l = l.substring(0, bs) + cutComment(next);
            }
            return l;
        }
    }

    private static boolean ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

    /**
     * makeargs: words split at " \t\r\n"; a word that starts with a quote runs to the same quote
     * (no escapes) and the next word starts right after it; a quote inside a word is an ordinary character.
     * A missing closing quote or too many words end the program (exit 1).
     */
    static List<String> makeargs(Ctx ctx, String line) {
        List<String> argv = new ArrayList<>();
        int cp = 0, n = line.length();
        while (cp < n) {
            while (cp < n && ws(line.charAt(cp))) cp++;
            if (cp >= n) break;
            if (argv.size() >= MAX_ARGS - 1) {
                ctx.err.println("Too many arguments to command");
                throw new ToolExit(1);
            }
            char c = line.charAt(cp);
            if (c == '\'' || c == '"') {
                int close = line.indexOf(c, cp + 1);
                if (close < 0) {
                    ctx.err.println("Unterminated quoted string");
                    throw new ToolExit(1);
                }
                argv.add(line.substring(cp + 1, close));
                cp = close + 1;
            } else {
                int end = cp;
                while (end < n && !ws(line.charAt(end))) end++;
                argv.add(line.substring(cp, end));
                if (end >= n) break;
                // the separator is overwritten with the word's end
                cp = end + 1;
            }
        }
        return argv;
    }
}
