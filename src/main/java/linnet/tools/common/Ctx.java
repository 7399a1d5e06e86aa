package linnet.tools.common;

import java.io.PrintStream;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;

/**
 * What a running program has: the machine's doors, the namespace it runs in, the namespace of
 * the shell that started the line (redirections open files there), its output streams, and a way
 * to run another command line (for `ip netns exec`).
 */
public final class Ctx {
    /** Starts other programs: as the shell does, or as a program's own execvp does. */
    public interface Exec {
        /** Runs argv as bash runs a command (its lookup and its error texts); returns the exit status. */
        int run(Ctx ctx, List<String> argv);

        /**
         * Replaces the calling program with argv as execvp(3) does: null when argv[0] is not
         * an executable program (the caller reports it, with the errno given by
         * {@link #execError}), else the program's exit status.
         */
        Integer execvp(Ctx ctx, List<String> argv);

        /** The errno text execvp fails with for argv0 ("No such file or directory", "Permission denied"). */
        String execError(Ctx ctx, String argv0);
    }

    public final Host host;
    public final Net net;
    public final Net callerNet;
    public final PrintStream out;
    public final PrintStream err;
    public final Exec exec;
    /** Standard input: null is /dev/null (a script line's stdin), else what a pipe fed in. */
    public final byte[] stdin;

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec) {
        this(host, net, callerNet, out, err, exec, null);
    }

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin) {
        this.stdin = stdin;
        this.host = host;
        this.net = net;
        this.callerNet = callerNet;
        this.out = out;
        this.err = err;
        this.exec = exec;
    }

    /** The same process, moved into another namespace (setns). */
    public Ctx in(Net n) { return new Ctx(host, n, callerNet, out, err, exec, stdin); }

    /** The same process with other standard streams (the shell's pipes). */
    public Ctx withIo(PrintStream o, byte[] in) { return new Ctx(host, net, callerNet, o, err, exec, in); }
}
