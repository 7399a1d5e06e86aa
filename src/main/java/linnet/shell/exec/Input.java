package linnet.shell.exec;

import java.nio.charset.StandardCharsets;

/**
 * A standard input as an open file: what `read` takes is gone for the next command, so `while read
 * l; do ...; done < f` walks the file line by line. A program started with it gets the rest.
 */
final class Input {
    private final byte[] data;
    private int pos;
    /** How far programs that were handed the rest have read it (they do not move {@link #pos}). */
    private long readTo;

    Input(byte[] data) { this.data = data; }

    /** Whether it is the read end of a pipe (a pipeline stage's input), which cannot seek. */
    boolean pipe;

    static Input pipe(byte[] data) {
        Input i = new Input(data);
        i.pipe = true;
        return i;
    }

    static Input of(String s) { return new Input(linnet.kernel.fs.RawText.encode(s)); }

    /** Everything not read yet (a program reads its stdin to the end). */
    byte[] rest() {
        byte[] r = java.util.Arrays.copyOfRange(data, pos, data.length);
        pos = data.length;
        return r;
    }

    /** The next line without its newline, or null at end of file; {@code sawNewline[0]} says if it ended in one. */
    String readLine(boolean[] sawNewline, char delim) {
        if (pos >= data.length) return null;
        int e = pos;
        while (e < data.length && data[e] != (byte) delim) e++;
        String s = new String(data, pos, e - pos, StandardCharsets.UTF_8);
        sawNewline[0] = e < data.length;
        pos = Math.min(data.length, e + 1);
        return s;
    }

    /**
     * A program handed the rest ({@link #peekRest}) read {@code n} bytes of it (Ctx.ALL: to the
     * end); what it read stays for a later `read` as before, but counts as read from the pipe.
     */
    void programRead(long n) {
        long to = n == linnet.tools.common.Ctx.ALL ? data.length : Math.min(data.length, pos + n);
        readTo = Math.max(readTo, to);
    }

    /** How much of it has been read, by the shell's own reads or by programs. */
    long read() { return Math.max(pos, readTo); }

    /** Its length. */
    int length() { return data.length; }

    /** What is not read yet, left unread (a program that ignores its stdin leaves it to `read`). */
    byte[] peekRest() { return java.util.Arrays.copyOfRange(data, pos, data.length); }

    /** Up to n characters (read -n). */
    String read(int n) {
        int e = Math.min(data.length, pos + n);
        String s = new String(data, pos, e - pos, StandardCharsets.UTF_8);
        pos = e;
        return s;
    }

    boolean atEnd() { return pos >= data.length; }

    /** The next character (a UTF-8 sequence decoded), or -1 at end of file. */
    int readChar() {
        if (pos >= data.length) return -1;
        int b = data[pos] & 0xff;
        int len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (len == 1 || pos + len > data.length) {
            pos++;
            return b;
        }
        String s = new String(data, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s.charAt(0);
    }
}
