package linnet.userspace.docker;

import java.io.IOException;
import java.io.OutputStream;

/** What a container writes: into its log, and to the attached terminal when there is one. */
final class TeeStream extends OutputStream {
    private final OutputStream a, b;

    TeeStream(OutputStream a, OutputStream b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
        a.write(c);
        if (b != null) b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        a.write(buf, off, len);
        if (b != null) b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
        a.flush();
        if (b != null) b.flush();
    }
}
