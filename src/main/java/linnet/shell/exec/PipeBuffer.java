package linnet.shell.exec;

/**
 * The write end of a pipe between two stages of a pipeline. linnet runs the stages one after the
 * other, so the reader gets the writer's whole output; on Linux the writer blocks once
 * {@link #PIPE_CAPACITY} bytes wait unread, and dies of SIGPIPE when the reader exits before
 * reading them. So a writer that never ends (`seq 1000000000 | head -1`, a `while true` loop)
 * is taken to have lost its reader after {@link #LIMIT} bytes: the write fails with
 * {@link Flow.BrokenPipe} and the reader gets what was written, which bounds memory and time.
 * What a reader would have read past the limit (`seq 1000000000 | wc -l`) it does not see.
 */
final class PipeBuffer extends BoundedBuffer {
    /** A pipe's capacity on Linux (PIPE_DEF_BUFFERS, 16 pages): what a writer gets ahead of its reader. */
    static final int PIPE_CAPACITY = 65536;
    /** The most a writer's output is held for its reader: 64 MiB. */
    static final int LIMIT = 64 << 20;

    PipeBuffer() { this(LIMIT); }

    PipeBuffer(int limit) { super(limit); }

    @Override
    RuntimeException full() { return new Flow.BrokenPipe(); }

    /**
     * Whether, its reader having read only {@code read} of the {@code written} bytes before it
     * ended, the writer would have been left blocked on a full pipe, and so killed by SIGPIPE.
     */
    static boolean writerOrphaned(long written, long read) {
        return read < written && written - read > PIPE_CAPACITY;
    }
}
