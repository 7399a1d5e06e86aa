package linnet.wire;

/** Truncated or malformed bytes on the wire; unchecked because callers usually just drop. */
public final class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireException(String message) {
        super(message);
    }
}
