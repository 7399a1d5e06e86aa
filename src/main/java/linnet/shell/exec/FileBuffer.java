package linnet.shell.exec;

/**
 * What a command writes to a file it was redirected to, held until it ends. A file system has an
 * end, and here it is {@link #LIMIT} per file, so `seq 1000000000 > f` fails as on a full disk
 * (ENOSPC: GNU tools say "write error: No space left on device") instead of filling the JVM's
 * heap; the file keeps what fitted.
 */
final class FileBuffer extends BoundedBuffer {
    /** The most one redirected write may leave in a file: 64 MiB, what a pipe's reader may get too. */
    static final int LIMIT = PipeBuffer.LIMIT;

    FileBuffer() { super(LIMIT); }

    @Override
    RuntimeException full() { return new Flow.NoSpace(); }
}
