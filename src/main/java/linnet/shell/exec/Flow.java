package linnet.shell.exec;

/** The shell's non-local control flow, unwound through the executor as bash longjmps. */
final class Flow {
    private Flow() {}

    /** exit, or a fatal error of a non-interactive shell: the shell ends with this status. */
    static final class Exit extends RuntimeException {
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /**
     * A write to a pipe whose reader is gone (see {@link PipeBuffer}): SIGPIPE ends the writing
     * process, status 128 + 13, with nothing said (bash does not report SIGPIPE deaths).
     */
    static final class BrokenPipe extends RuntimeException {
        BrokenPipe() { super(null, null, false, false); }
    }

    /** A write to a file that would pass {@link FileBuffer#LIMIT}: ENOSPC, the tool's "write error". */
    static final class NoSpace extends RuntimeException {
        NoSpace() { super(null, null, false, false); }
    }

    /** return from a function or a sourced file. */
    static final class Return extends RuntimeException {
        final int status;

        Return(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** break N / continue N. */
    static final class Jump extends RuntimeException {
        final boolean isBreak;
        int levels;

        Jump(boolean isBreak, int levels) {
            super(null, null, false, false);
            this.isBreak = isBreak;
            this.levels = levels;
        }
    }

    /**
     * An expansion error (bad substitution, ${x:?}, arithmetic, unbound variable): the message is
     * already printed; a non-interactive shell abandons the command line with this status.
     */
    static final class ExpansionError extends RuntimeException {
        final int status;
        /** An unset variable under set -u, or ${x:?}: a non-interactive shell exits. */
        final boolean fatal;

        ExpansionError(int status) { this(status, false); }

        ExpansionError(int status, boolean fatal) {
            super(null, null, false, false);
            this.status = status;
            this.fatal = fatal;
        }
    }
}
