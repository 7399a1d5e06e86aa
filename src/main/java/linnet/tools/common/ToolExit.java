package linnet.tools.common;

/**
 * Ends a tool early with an exit status after its message was printed (iproute2's exit() calls
 * from deep inside argument parsing). Caught by the dispatcher, never shown to the user.
 */
public final class ToolExit extends RuntimeException {
    public final int status;

    public ToolExit(int status) {
        super(null, null, false, false);
        this.status = status;
    }
}
