package linnet.shell.exec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.fs.Vfs;

/**
 * The shell's file descriptors above 2 (0, 1 and 2 are its {@code in}, {@code out}, {@code err}):
 * each is an {@link Input} opened for reading or a PrintStream for writing, made by {@code N<FILE},
 * {@code N>FILE}, {@code N>&M}, closed by {@code N>&-}. A subshell gets a copy, as after fork(2).
 */
final class FdTable {
    private final Map<Integer, Object> fds = new HashMap<>();

    FdTable copy() {
        FdTable t = new FdTable();
        t.fds.putAll(fds);
        return t;
    }

    Object get(int fd) { return fds.get(fd); }

    void put(int fd, Object stream) { fds.put(fd, stream); }

    void close(int fd) {
        Object o = fds.remove(fd);
        if (o instanceof PrintStream p) p.flush();
    }

    /** What the table holds now, to put back when a command's own redirections end. */
    Map<Integer, Object> save() { return new HashMap<>(fds); }

    void restore(Map<Integer, Object> saved) {
        fds.clear();
        fds.putAll(saved);
    }

    /**
     * A file opened for the rest of the shell's life (exec N>FILE, exec >FILE): unlike a command's
     * own redirection, which is stored when the command ends, its text is stored at every flush
     * so that the commands after it read what was written.
     */
    static PrintStream persistent(Vfs vfs, linnet.kernel.fs.Nsproxy ns, String path, String before) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        OutputStream file = new OutputStream() {
            @Override
            public void write(int b) { buf.write(b); }

            @Override
            public void write(byte[] b, int off, int len) { buf.write(b, off, len); }

            @Override
            public void flush() {
                try {
                    vfs.write(ns, path, before + linnet.kernel.fs.RawText.decode(buf.toByteArray()));
                } catch (KernelException e) {
                    // the file went away (rm): what is written after that is lost, as on an unlinked file
                }
            }
        };
        return new PrintStream(file, true, StandardCharsets.UTF_8);
    }
}
