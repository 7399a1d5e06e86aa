package linnet.tools.utillinux;

import java.util.List;
import linnet.tools.common.Ctx;

/** What nsenter and unshare do after switching namespaces: execvp the command, or a shell without one. */
final class NsExec {
    private NsExec() { }

    /** Runs cmd (default ${SHELL:-/bin/sh}); util-linux's errexec: "failed to execute", 126 or 127. */
    static int exec(String tool, Ctx ctx, List<String> cmd) {
        if (cmd.isEmpty()) {
            String shell = ctx.env.getOrDefault("SHELL", "/bin/sh");
            cmd = List.of(shell.isEmpty() ? "/bin/sh" : shell);
        }
        Integer rc = ctx.exec.execvp(ctx, cmd);
        if (rc != null) return rc;
        String why = ctx.exec.execError(ctx, cmd.get(0));
        ctx.err.println(tool + ": failed to execute " + cmd.get(0) + ": " + why);
        return why.equals("No such file or directory") ? 127 : 126;
    }
}
