package linnet.tools.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import linnet.kernel.fs.Nsproxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.Programs;
import linnet.tools.common.Ctx;
import linnet.tools.common.ToolExit;

/**
 * The cases record.py recorded from the real GNU tool (TOOL.tsv next to it) and a runner that
 * gives one of them to a linnet Tool on a fresh bare machine, comparing stdout, stderr, status.
 */
public final class Recorded {
    private Recorded() {}

    public record Case(List<String> argv, byte[] stdin, String stdout, String stderr, int status) {
        @Override public String toString() {
            return String.join(" ", argv) + (stdin == null ? "" : " <<< " + unescapedView(stdin));
        }
    }

    private static String unescapedView(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\\n");
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    public static List<Case> cases(String tool) {
        try (InputStream in = Recorded.class.getResourceAsStream(tool + ".tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            List<Case> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                List<String> argv = new ArrayList<>();
                for (int i = 4; i < f.length; i++) argv.add(unescape(f[i]));
                byte[] stdin = f[1].equals("\\N") ? null : unescape(f[1]).getBytes(StandardCharsets.ISO_8859_1);
                out.add(new Case(argv, stdin, unescape(f[2]), unescape(f[3]), Integer.parseInt(f[0])));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char d = s.charAt(++i);
            b.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
        }
        return b.toString();
    }

    /** What a run printed. */
    public record Result(String stdout, String stderr, int status) {}

    public static Result run(linnet.tools.common.Tool tool, List<String> args, byte[] stdin) {
        return run(tool, args, stdin, "/");
    }

    public static Result run(linnet.tools.common.Tool tool, List<String> args, byte[] stdin, String cwd) {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        var host = lab.main.host;
        var net = host.kernel().initNet();
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        Ctx ctx = new Ctx(host, net, net, out, err, new Programs(), stdin, cwd, Ctx.DEFAULT_ENV);
        if (!cwd.equals("/")) {
            try {
                host.vfs().mkdir(Nsproxy.of(net), cwd);
            } catch (linnet.kernel.core.KernelException x) {
                throw new IllegalStateException(x);
            }
        }
        int rc;
        try {
            rc = tool.run(ctx, args);
        } catch (ToolExit x) {
            rc = x.status;
        }
        out.flush();
        err.flush();
        return new Result(o.toString(StandardCharsets.ISO_8859_1), e.toString(StandardCharsets.ISO_8859_1), rc);
    }

    /** Runs the case through tool and checks it prints what GNU printed. */
    public static void check(linnet.tools.common.Tool tool, Case c) {
        check(tool, c, "/");
    }

    /**
     * The case run with its working directory at {@code cwd}, made empty first when it is not "/"
     * (record.py runs each case in a fresh scratch directory).
     */
    public static void check(linnet.tools.common.Tool tool, Case c, String cwd) {
        Result r = run(tool, c.argv.subList(1, c.argv.size()), c.stdin, cwd);
        assertEquals(c.stdout, r.stdout, "stdout of " + c);
        assertEquals(c.stderr, r.stderr, "stderr of " + c);
        assertEquals(c.status, r.status, "status of " + c);
    }
}
