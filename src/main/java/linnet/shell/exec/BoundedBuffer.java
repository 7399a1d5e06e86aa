package linnet.shell.exec;

import java.io.ByteArrayOutputStream;

/**
 * Output held in memory up to a limit: what fits goes in, and the write that passes the limit
 * fails with the exception the medium gives (a pipe's reader gone, a full disk).
 */
abstract class BoundedBuffer extends ByteArrayOutputStream {
    private final int limit;

    BoundedBuffer(int limit) { this.limit = limit; }

    /** The failure of a write past the limit. */
    abstract RuntimeException full();

    @Override
    public synchronized void write(int b) {
        if (count >= limit) throw full();
        super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (len > limit - count) {
            super.write(b, off, limit - count);
            throw full();
        }
        super.write(b, off, len);
    }
}
