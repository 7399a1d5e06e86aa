package linnet.tools.common;

/**
 * Ends a tool early with an exit status after its message was printed (iproute2's exit() calls
 * from deep inside argument parsing). Caught by the dispatcher, never shown to the user.
 */
public final class ToolExit extends RuntimeException {
    public final int status;

    /**
     * Whether this is the program's exit(); false when iproute2 merely returns the status from
     * the command's function, which matters in a batch: the next line still runs.
     */
    public final boolean exits;

    public ToolExit(int status) { this(status, true); }

    private ToolExit(int status, boolean exits) {
        super(null, null, false, false);
        this.status = status;
        this.exits = exits;
    }

    /** A command's "return -1" from deep inside it: the status of that command only. */
    public static ToolExit returning(int status) { return new ToolExit(status, false); }
}
