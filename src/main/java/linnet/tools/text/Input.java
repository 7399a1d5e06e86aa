package linnet.tools.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;

/**
 * What the text tools read and write: bytes, held one byte per char (ISO-8859-1) so that the C
 * locale's byte order and byte counts fall out of ordinary string operations.
 */
public final class Input {
    private final Ctx ctx;
    private boolean stdinRead;

    /** A process's view of its operands: standard input can be read once, a second "-" is at its end. */
    public Input(Ctx ctx) { this.ctx = ctx; }

    /** A FILE operand; "-" is standard input (empty once read). */
    public Read read(String operand) {
        if (operand.equals("-")) {
            String s = stdinRead ? "" : stdin(ctx);
            stdinRead = true;
            return new Read(s, null);
        }
        return read(ctx, operand);
    }

    /** An operand's contents, or the errno text open/read failed with. */
    public record Read(String text, String error) {
        public boolean ok() { return error == null; }
    }

    /** Standard input as text ("" for /dev/null). */
    public static String stdin(Ctx ctx) {
        return ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.ISO_8859_1);
    }

    /** A file (not "-"). */
    public static Read read(Ctx ctx, String operand) {
        try {
            String s = ctx.host.vfs().read(ctx.ns(), ctx.resolve(operand));
            return new Read(new String(linnet.kernel.fs.RawText.encode(s), StandardCharsets.ISO_8859_1), null);
        } catch (KernelException e) {
            return new Read(null, e.errno.text);
        }
    }

    /** Writes text (one byte per char) to standard output unchanged. */
    public static void out(Ctx ctx, CharSequence text) {
        ctx.out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
        ctx.out.flush();
    }

    /** The lines of text without their newlines; a last line without one still counts. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start));
                break;
            }
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        return out;
    }

    /** GNU's quoting of a file name in diagnostics ('name' when it needs quotes, as quotearg's shell style does). */
    public static String quote(String name) {
        if (!name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || "%+,-./:=@_^".indexOf(c) >= 0)) return name;
        if (name.indexOf('\'') < 0) return "'" + name + "'";
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`") + "\"";
    }

    /** coreutils' quote(): the name in single quotes, always (C locale). */
    public static String quoteAlways(String name) {
        if (name.indexOf('\'') < 0) return "'" + name + "'";
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
