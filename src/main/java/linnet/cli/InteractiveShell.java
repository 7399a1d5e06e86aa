package linnet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;

/**
 * `linnet shell`: a root prompt on the emulated machine. Each line runs as a script line does;
 * `exit` (or end of input) leaves. The prompt shows the exit status of a failed command, as a
 * tutorial reader's shell would make visible with `echo $?`.
 */
final class InteractiveShell {
    private InteractiveShell() {}

    static int run(boolean bare, boolean notes, long seed, PrintStream out, PrintStream err) {
        Lab lab = new Lab(seed, bare ? Lab.Profile.BARE : Lab.Profile.HOST);
        ScriptRunner runner = new ScriptRunner(lab, notes);
        boolean tty = System.console() != null;
        if (tty) {
            out.println("linnet: an emulated Linux machine (" + (bare ? "bare" : "host profile: eth0 10.0.2.15/24")
                    + "). Type commands as root; 'exit' leaves.");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int rc = 0;
        try {
            while (true) {
                if (tty) {
                    out.print(rc == 0 ? "root@linnet:~# " : "[" + rc + "] root@linnet:~# ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null || line.strip().equals("exit")) break;
                if (!runner.runs(line)) continue;
                rc = runner.runLine(line, out, err);
                out.flush();
            }
        } catch (IOException e) {
            err.println("linnet: " + e.getMessage());
            return 1;
        } finally {
            runner.finish();
        }
        return rc;
    }
}
