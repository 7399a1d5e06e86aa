package linnet.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.KernelException;
import linnet.lab.Lab;
import linnet.tools.common.Ctx;

/**
 * Runs a script line by line in one lab, like `bash -c` per line in the sandbox root namespace:
 * comments ('#', and the notes' '//') and blank lines are skipped, a failing line doesn't stop
 * the script, and nothing a tool throws ever reaches the user as a stack trace.
 */
public final class ScriptRunner {
    private final Lab lab;
    private final Programs programs = new Programs();
    private final VmCommand vm;

    public ScriptRunner(Lab lab) {
        this.lab = lab;
        this.vm = new VmCommand(lab, programs);
    }

    /** Whether a script line is a command (not blank, not a comment). */
    public static boolean isCommand(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#") && !t.startsWith("//");
    }

    /** Runs one line; its merged output goes to {@code out}. Returns the exit status. */
    public int runLine(String line, PrintStream out, PrintStream err) {
        var host = lab.main.host;
        var root = host.kernel().initNet();
        CommandLine cl = CommandLine.parse(line);
        Ctx ctx;
        int rc;
        if (cl.redirect() != null) {
            // The shell opens the file in ITS namespace before the command runs.
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
            ctx = new Ctx(host, root, root, p, err, programs::exec);
            if (!host.vfs().exists(root, cl.redirect()) && !cl.redirect().startsWith("/proc/sys/")) {
                err.println("/bin/bash: line 1: " + cl.redirect() + ": No such file or directory");
                return 1;
            }
            rc = safeExec(ctx, cl, err);
            try {
                host.vfs().write(root, cl.redirect(), buf.toString(StandardCharsets.UTF_8));
            } catch (KernelException e) {
                err.println("/bin/bash: line 1: echo: write error: " + e.errno.text);
                rc = 1;
            }
        } else {
            ctx = new Ctx(host, root, root, out, err, programs::exec);
            rc = safeExec(ctx, cl, err);
        }
        lab.loop.runPending();
        return rc;
    }

    private int safeExec(Ctx ctx, CommandLine cl, PrintStream err) {
        try {
            if (!cl.argv().isEmpty() && cl.argv().get(0).equals("vm")) return vm.run(ctx, cl.argv().subList(1, cl.argv().size()));
            return programs.exec(ctx, cl.argv());
        } catch (RuntimeException e) {
            // An emulator bug must not look like Linux output, nor show a Java stack trace.
            err.println("linnet: internal error in '" + String.join(" ", cl.argv()) + "': " + e);
            return 70;
        }
    }
}
